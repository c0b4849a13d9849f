import type { TPartnerState } from '../../../../shared/src/contract'

export type ViolationPolicy = { autoExpel: boolean }

/**
 * The partner's state from the episodes of its live (not voided) violations (AT-4.1, AG-1.5; see
 * `countEpisodes`): none → active, the first → restricted, a repeat → expulsion pending (or expelled
 * when the program expels automatically). Expulsion is irreversible: an expelled partner stays
 * expelled whatever is voided later.
 */
export const partnerStateFor = ({ current, episodes, policy }: { current: TPartnerState; episodes: number; policy: ViolationPolicy }): TPartnerState => {
  if (current === 'expelled') return 'expelled'
  if (episodes <= 0) return 'active'
  if (episodes === 1) return 'restricted'
  return policy.autoExpel ? 'expelled' : 'expulsion_pending'
}

/** Restrictions of the first violation hold until the partner is clean again (AT-4.1). */
export const isRestricted = (state: TPartnerState) => state === 'restricted' || state === 'expulsion_pending'

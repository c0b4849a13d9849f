import type { TPartnerState } from '../../contract'
import { useI18n } from '../context'
import { Badge, type Tone } from '../kit/status'

export const STATE_TONE: Record<TPartnerState, Tone> = { active: 'ok', restricted: 'warn', expulsion_pending: 'bad', expelled: 'muted' }

export const PARTNER_STATES = Object.keys(STATE_TONE) as TPartnerState[]

/** Some answers give the partner's state as a plain string: read it as a known state or show it as is. */
export const PartnerStateBadge = ({ state }: { state: string }) => {
  const i18n = useI18n()
  const known = (PARTNER_STATES as string[]).includes(state) ? (state as TPartnerState) : null
  return <Badge tone={known ? STATE_TONE[known] : 'muted'}>{known ? i18n.t(`partnerState.${known}`) : state}</Badge>
}

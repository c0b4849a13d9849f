import type { TPartnerState } from '../../contract'
import { useI18n } from '../context'
import { Notice } from './notice'

/** What a restriction or expulsion means for the partner, with the program's rule for it (AT-4.1, AG-1.5). */
export const PartnerStateNotice = ({ state, rule }: { state: TPartnerState | undefined; rule: string | undefined }) => {
  const i18n = useI18n()
  if (!state || state === 'active') return null
  return (
    <Notice kind={state === 'restricted' ? 'warning' : 'error'}>{i18n.t(`partnerState.notice.${state}`, { rule: i18n.rule(rule ?? 'AT-4.1') ?? '' })}</Notice>
  )
}

import type { TPartnerState } from '../../contract'
import { useI18n } from '../context'
import { Notice } from './notice'

/** What a restriction or expulsion means for the partner, with its rule (AT-4.1). */
export const PartnerStateNotice = ({ state }: { state: TPartnerState | undefined }) => {
  const i18n = useI18n()
  if (!state || state === 'active') return null
  return <Notice kind={state === 'restricted' ? 'warning' : 'error'}>{i18n.t(`partnerState.notice.${state}`)}</Notice>
}

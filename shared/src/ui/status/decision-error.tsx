import type { RelayError } from '../../client/relay-error'
import { ErrorNotice, Notice } from '../kit/notice'
import { useStatusText } from './use-status-text'

/** A refused approval names the requirements still missing (AG-3.3a); any other failure reads as usual. */
export const DecisionError = ({ error }: { error: RelayError | null }) => {
  const { t, label } = useStatusText()
  const missing = (error?.details as { missing?: unknown } | undefined)?.missing
  if (error && Array.isArray(missing) && missing.length > 0) {
    return <Notice kind="error">{t('board.missing', { missing: missing.map((id) => label('req', String(id))).join(', ') })}</Notice>
  }
  return <ErrorNotice error={error} />
}

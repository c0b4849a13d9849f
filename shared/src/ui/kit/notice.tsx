import type { ComponentChildren } from 'preact'
import type { RelayError } from '../../client/relay-error'
import { useI18n } from '../context'
import { Button } from './button'

type NoticeProps = { kind: 'error' | 'info' | 'success' | 'warning'; children: ComponentChildren }

/** A message in the flow of the panel; errors are announced at once. */
export const Notice = ({ kind, children }: NoticeProps) => (
  <div class={`pr-notice pr-notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
    {children}
  </div>
)

/** A relay error in plain words with its rule, and a retry where one makes sense. */
export const ErrorNotice = ({ error, onRetry }: { error: RelayError | null | undefined; onRetry?: () => void }) => {
  const i18n = useI18n()
  if (!error) return null
  return (
    <Notice kind="error">
      <span>{i18n.error(error)}</span>
      {onRetry && (
        <span class="pr-notice__action">
          <Button variant="link" onClick={onRetry}>
            {i18n.t('common.retry')}
          </Button>
        </span>
      )}
    </Notice>
  )
}

import { useI18n } from '../context'
import { Button } from './button'
import { Notice } from './notice'

type ConfirmProps = { lines: string[]; ask: string; action: string; isBusy?: boolean; onConfirm: () => void; onCancel: () => void }

/** What the partner is about to commit to, in words, with a yes and a no in place (never a browser dialog). */
export const Confirm = ({ lines, ask, action, isBusy, onConfirm, onCancel }: ConfirmProps) => {
  const i18n = useI18n()
  return (
    <Notice kind="warning">
      <div class="pr-confirm">
        {lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
        <strong>{ask}</strong>
        <span class="pr-confirm__actions">
          <Button variant="primary" isBusy={isBusy} onClick={onConfirm}>
            {action}
          </Button>
          <Button onClick={onCancel} disabled={isBusy}>
            {i18n.t('common.cancel')}
          </Button>
        </span>
      </div>
    </Notice>
  )
}

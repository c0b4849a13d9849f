import { useState } from 'preact/hooks'
import type { TClient } from '../../contract'
import { Button } from '../kit/button'
import { TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { useStaffMarks } from './use-staff-marks'
import { useStaffText } from './use-staff-text'

/**
 * The demo-account mark as vendor staff set or clear it, always with a reason (AT-3.2, X-4): while
 * it is set the account is neither pinned nor invoiced.
 */
export const DemoMark = ({ client, onChanged }: { client: TClient; onChanged: () => Promise<void> }) => {
  const text = useStaffText()
  const { state, store } = useStaffMarks(onChanged)
  const [isOpen, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  if (!text) return null
  const { i18n, t } = text
  const kind = `demo:${client.accountNumber}`
  const action = client.demo ? t('demo.clear') : t('demo.set')
  return (
    <div class="pr-block">
      <p class="pr-hint">{t('demo.hint', { rule: i18n.rule('AT-3.2') ?? '' })}</p>
      {state.outcome?.kind === 'demoSet' && <Notice kind="success">{state.outcome.demo ? t('demo.marked') : t('demo.cleared')}</Notice>}
      {isOpen ? (
        <form
          class="pr-form pr-form--boxed"
          aria-label={action}
          onSubmit={async (event) => {
            event.preventDefault()
            if (await store.getState().setClientDemo(client.accountNumber, { demo: !client.demo, reason })) {
              setOpen(false)
              setReason('')
            }
          }}
        >
          <TextField label={t('demo.reason')} value={reason} onInput={setReason} required />
          {state.failedAction === kind && <ErrorNotice error={state.actionError} />}
          <div class="pr-actions">
            <Button type="submit" variant="danger" isBusy={state.busy === kind} disabled={!reason.trim()}>
              {action}
            </Button>
            <Button variant="link" onClick={() => setOpen(false)}>
              {i18n.t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div class="pr-actions">
          <Button variant="link" onClick={() => setOpen(true)}>
            {action}
          </Button>
        </div>
      )}
    </div>
  )
}

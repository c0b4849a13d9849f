import { useState } from 'preact/hooks'
import type { TStatusApplication } from '../../contract/statuses'
import type { StatusBoardState } from '../../stores/create-status-board-store'
import { Button } from '../kit/button'
import { Field } from '../kit/field'
import { DecisionError } from './decision-error'
import { useStatusText } from './use-status-text'

type Props = {
  application: TStatusApplication
  state: StatusBoardState
  onApprove: (id: string, note: string) => Promise<boolean>
  onRefuse: (id: string, reason: string) => Promise<boolean>
}

/** Vendor staff approve an application, or refuse it with the reason the partner will read (AG-3.3a). */
export const ApplicationDecision = ({ application, state, onApprove, onRefuse }: Props) => {
  const { t, i18n } = useStatusText()
  const [isRefusing, setRefusing] = useState(false)
  const [reason, setReason] = useState('')
  const { id } = application
  const error = state.failedAction?.endsWith(`:${id}`) ? state.actionError : null
  if (!isRefusing) {
    return (
      <div class="pr-actions">
        <Button variant="primary" isBusy={state.busy === `approve:${id}`} onClick={() => void onApprove(id, '')}>
          {t('board.approve')}
        </Button>
        <Button variant="danger" onClick={() => setRefusing(true)}>
          {t('board.refuse')}
        </Button>
        <DecisionError error={error} />
      </div>
    )
  }
  return (
    <form
      class="pr-form pr-form--boxed"
      onSubmit={async (event) => {
        event.preventDefault()
        if (await onRefuse(id, reason.trim())) setRefusing(false)
      }}
    >
      <Field label={t('board.reason')}>
        {(fieldId) => (
          <textarea
            id={fieldId}
            class="pr-input pr-textarea"
            rows={2}
            maxLength={2000}
            required
            value={reason}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        )}
      </Field>
      <DecisionError error={error} />
      <div class="pr-actions">
        <Button type="submit" variant="danger" isBusy={state.busy === `refuse:${id}`} disabled={!reason.trim()}>
          {t('board.refuse')}
        </Button>
        <Button variant="link" onClick={() => setRefusing(false)}>
          {i18n.t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

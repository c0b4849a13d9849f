import { useState } from 'preact/hooks'
import type { RelayError } from '../../client/relay-error'
import { Button } from '../kit/button'
import { Field } from '../kit/field'
import { ErrorNotice } from '../kit/notice'
import { useStatusText } from './use-status-text'

type Props = {
  /** The statuses the relay says the partner may apply for today (AG-3.3a). */
  canApplyFor: string[]
  isBusy: boolean
  error: RelayError | null
  onApply: (status: string, note: string) => Promise<boolean>
}

/** The partner applies for a status granted on application, such as Silver (AG-3.3a). */
export const ApplyForm = ({ canApplyFor, isBusy, error, onApply }: Props) => {
  const { t, i18n, status: statusName } = useStatusText()
  const [chosen, setChosen] = useState(canApplyFor[0])
  const [note, setNote] = useState('')
  const status = canApplyFor.includes(chosen) ? chosen : canApplyFor[0]
  return (
    <form
      class="pr-form"
      onSubmit={async (event) => {
        event.preventDefault()
        if (await onApply(status, note)) setNote('')
      }}
    >
      <p class="pr-hint">{t('apply.hint')}</p>
      {canApplyFor.length > 1 && (
        <Field label={t('apply.status')}>
          {(id) => (
            <select id={id} class="pr-select" value={status} onChange={(event) => setChosen(event.currentTarget.value)}>
              {canApplyFor.map((option) => (
                <option key={option} value={option}>
                  {statusName(option)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={`${t('apply.note')} (${i18n.t('common.optional')})`}>
        {(id) => (
          <textarea id={id} class="pr-input pr-textarea" rows={2} maxLength={2000} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        )}
      </Field>
      <ErrorNotice error={error} />
      <Button type="submit" variant="primary" isBusy={isBusy}>
        {t('apply.submit', { status: statusName(status) })}
      </Button>
    </form>
  )
}

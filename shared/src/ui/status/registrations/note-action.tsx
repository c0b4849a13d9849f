import { useState } from 'preact/hooks'
import { Button } from '../../kit/button'
import { Field } from '../../kit/field'
import { useStatusText } from '../use-status-text'

type Props = {
  /** The button that opens the form, and the form's own submit. */
  action: string
  label: string
  isRequired?: boolean
  variant?: 'secondary' | 'danger'
  isBusy: boolean
  onSubmit: (text: string) => Promise<boolean>
}

/** A button that opens a note or a reason to send with the action: a renewal request, a refusal (AG-4). */
export const NoteAction = ({ action, label, isRequired = false, variant = 'secondary', isBusy, onSubmit }: Props) => {
  const { i18n } = useStatusText()
  const [isOpen, setOpen] = useState(false)
  const [text, setText] = useState('')
  if (!isOpen) {
    return (
      <Button variant={variant} onClick={() => setOpen(true)}>
        {action}
      </Button>
    )
  }
  return (
    <form
      class="pr-form pr-form--boxed"
      onSubmit={async (event) => {
        event.preventDefault()
        if (!(await onSubmit(text))) return
        setOpen(false)
        setText('')
      }}
    >
      <Field label={isRequired ? label : `${label} (${i18n.t('common.optional')})`}>
        {(id) => (
          <textarea
            id={id}
            class="pr-input pr-textarea"
            rows={2}
            maxLength={2000}
            required={isRequired}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        )}
      </Field>
      <div class="pr-actions">
        <Button type="submit" variant={variant === 'danger' ? 'danger' : 'primary'} isBusy={isBusy} disabled={isRequired && !text.trim()}>
          {action}
        </Button>
        <Button variant="link" onClick={() => setOpen(false)}>
          {i18n.t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

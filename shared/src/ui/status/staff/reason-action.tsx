import { useState } from 'preact/hooks'
import type { PartnerAdminState } from '../../../stores/create-partner-admin-store'
import { Button } from '../../kit/button'
import { Field } from '../../kit/field'
import { useStatusText } from '../use-status-text'
import { StaffForm } from './staff-form'

type Props = {
  kind: string
  admin: PartnerAdminState
  rule: string
  action: string
  /** Names the action for screen readers where several stand in one list. */
  label?: string
  /** Shown open, without a button to open it first. */
  isOpen?: boolean
  onSubmit: (reason: string) => Promise<boolean>
}

/** An action staff must give a reason for: voiding evidence, cancelling a change, renewing anyway. */
export const ReasonAction = ({ kind, admin, rule, action, label, isOpen: isAlwaysOpen = false, onSubmit }: Props) => {
  const { t } = useStatusText()
  const [isOpen, setOpen] = useState(isAlwaysOpen)
  const [reason, setReason] = useState('')
  if (!isOpen) {
    return (
      <Button variant="link" label={label} disabled={admin.busy !== null} onClick={() => setOpen(true)}>
        {action}
      </Button>
    )
  }
  return (
    <StaffForm
      kind={kind}
      admin={admin}
      rule={rule}
      submit={action}
      variant="danger"
      label={label ?? action}
      canSubmit={reason.trim() !== ''}
      onCancel={isAlwaysOpen ? undefined : () => setOpen(false)}
      onSubmit={async () => {
        if (!(await onSubmit(reason))) return
        setReason('')
        setOpen(isAlwaysOpen)
      }}
    >
      <Field label={t('staff.reason')}>
        {(id) => (
          <textarea
            id={id}
            class="pr-input pr-textarea"
            rows={2}
            maxLength={2000}
            required
            value={reason}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        )}
      </Field>
    </StaffForm>
  )
}

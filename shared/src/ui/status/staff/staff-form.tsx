import type { ComponentChildren } from 'preact'
import type { PartnerAdminState } from '../../../stores/create-partner-admin-store'
import { useI18n } from '../../context'
import { Button } from '../../kit/button'
import { Notice } from '../../kit/notice'
import { StatusError } from '../status-error'

type Props = {
  /** The store's action id: its busy state, failure and success show here. */
  kind: string
  admin: PartnerAdminState
  /** Named with a failure when the relay names none. */
  rule: string
  submit: string
  onSubmit: () => Promise<unknown>
  canSubmit?: boolean
  variant?: 'primary' | 'danger'
  label?: string
  onCancel?: () => void
  /** More buttons beside the submit one. */
  extra?: ComponentChildren
  children: ComponentChildren
}

/** One staff action as a form: its fields, its failure in words, "saved", and a button idle while anything is sent. */
export const StaffForm = ({ kind, admin, rule, submit, onSubmit, canSubmit = true, variant = 'primary', label, onCancel, extra, children }: Props) => {
  const i18n = useI18n()
  return (
    <form
      class={`pr-form${onCancel ? ' pr-form--boxed' : ''}`}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault()
        if (canSubmit) void onSubmit()
      }}
    >
      {children}
      {admin.failedAction === kind && <StatusError error={admin.actionError} rule={rule} />}
      {admin.done === kind && <Notice kind="success">{i18n.t('common.saved')}</Notice>}
      <div class="pr-actions">
        <Button type="submit" variant={variant} isBusy={admin.busy === kind} disabled={!canSubmit || admin.busy !== null}>
          {submit}
        </Button>
        {extra}
        {onCancel && (
          <Button variant="link" onClick={onCancel}>
            {i18n.t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  )
}

import { useState } from 'preact/hooks'
import type { TProgramResponse } from '../../../contract'
import type { TPartnerStatusResponse } from '../../../contract/statuses'
import type { PartnerAdminState } from '../../../stores/create-partner-admin-store'
import { Field, TextField } from '../../kit/field'
import { Section } from '../../kit/section'
import { useStatusText } from '../use-status-text'
import { ReasonAction } from './reason-action'
import { StaffForm } from './staff-form'

type Props = { status: TPartnerStatusResponse; program: TProgramResponse; admin: PartnerAdminState }

const blank = { status: '', effectiveOn: '', reason: '' }

/** Staff change the status today or from a later date, with the reason (AG-1.5, AG-3), and cancel a change still pending. */
export const StatusChangeSection = ({ status, program, admin }: Props) => {
  const { t, i18n, status: statusName } = useStatusText()
  const [form, setForm] = useState(blank)
  return (
    <Section title={t('staff.change.title')}>
      <StaffForm
        kind="change"
        admin={admin}
        rule="AG-3"
        submit={t('staff.change.submit')}
        canSubmit={form.status !== '' && form.reason.trim() !== ''}
        onSubmit={async () => {
          if (await admin.changeStatus(form.status, form.effectiveOn, form.reason)) setForm(blank)
        }}
      >
        <Field label={t('staff.change.status')}>
          {(id) => (
            <select id={id} class="pr-select" required value={form.status} onChange={(event) => setForm({ ...form, status: event.currentTarget.value })}>
              <option value="">{t('staff.choose')}</option>
              {program.statuses
                .filter((option) => option.id !== status.status)
                .map((option) => (
                  <option key={option.id} value={option.id}>
                    {statusName(option.id)}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <TextField
          label={`${t('staff.change.effectiveOn')} (${i18n.t('common.optional')})`}
          hint={t('staff.change.effectiveHint')}
          type="date"
          value={form.effectiveOn}
          onInput={(effectiveOn) => setForm({ ...form, effectiveOn })}
        />
        <Field label={t('staff.reason')}>
          {(id) => (
            <textarea
              id={id}
              class="pr-input pr-textarea"
              rows={2}
              maxLength={2000}
              required
              value={form.reason}
              onInput={(event) => setForm({ ...form, reason: event.currentTarget.value })}
            />
          )}
        </Field>
      </StaffForm>
      {status.pendingChanges.map((change) => (
        <ReasonAction
          key={change.id}
          kind={`cancel:${change.id}`}
          admin={admin}
          rule="AG-3"
          action={t('staff.change.cancel', { date: i18n.date(change.effectiveOn), status: statusName(change.toStatus, change.toStatusName) })}
          onSubmit={(reason) => admin.cancelChange(change.id, reason)}
        />
      ))}
    </Section>
  )
}

import { useState } from 'preact/hooks'
import type { TMeResponse } from '../../contract'
import { todayInProgramZone } from '../../i18n/format'
import { Button } from '../kit/button'
import { Field, TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { useStaffText } from './use-staff-text'

type ViolationFormProps = {
  /** The rules the relay's program takes, with their titles (AT-4.1, AG-1.5): only these are offered. */
  violable: TMeResponse['program']['violable']
  isBusy: boolean
  error: Parameters<typeof ErrorNotice>[0]['error']
  onSubmit: (input: { rule: string; note: string; occurredOn: string }) => Promise<boolean>
}

/** Records a violation against the partner under a rule its program marks as violable; the relay applies the consequence (AT-4.1). */
export const ViolationForm = ({ violable, isBusy, error, onSubmit }: ViolationFormProps) => {
  const text = useStaffText()
  const [isOpen, setOpen] = useState(false)
  const [isDone, setDone] = useState(false)
  // Nothing is pre-filled: the rule is a decision staff make, not a default they may overlook.
  const [form, setForm] = useState({ rule: '', note: '', occurredOn: todayInProgramZone() })
  if (!text) return null
  const { i18n, t } = text
  if (!isOpen) {
    return (
      <div class="pr-actions">
        {isDone && <Notice kind="success">{i18n.t('vendor.violationRecorded')}</Notice>}
        <Button variant="danger" onClick={() => setOpen(true)}>
          {i18n.t('vendor.recordViolation')}
        </Button>
      </div>
    )
  }
  return (
    <form
      class="pr-form pr-form--boxed"
      aria-label={i18n.t('vendor.violation')}
      onSubmit={async (event) => {
        event.preventDefault()
        if (await onSubmit(form)) {
          setOpen(false)
          setDone(true)
        }
      }}
    >
      <div class="pr-form__pair">
        <Field label={i18n.t('vendor.violationRule')}>
          {(id) => (
            <select id={id} class="pr-select" value={form.rule} required onChange={(event) => setForm({ ...form, rule: event.currentTarget.value })}>
              <option value="" disabled>
                {t('violation.chooseRule')}
              </option>
              {(violable?.rules ?? []).map(({ rule, title }) => (
                <option key={rule} value={rule}>
                  {[i18n.rule(rule), title[i18n.locale]].filter(Boolean).join(' — ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label={i18n.t('vendor.violationDate')} type="date" value={form.occurredOn} onInput={(occurredOn) => setForm({ ...form, occurredOn })} />
      </div>
      <Field label={i18n.t('vendor.violationNote')}>
        {(id) => (
          <textarea
            id={id}
            class="pr-input pr-textarea"
            rows={3}
            value={form.note}
            required
            onInput={(event) => setForm({ ...form, note: event.currentTarget.value })}
          />
        )}
      </Field>
      <ErrorNotice error={error} />
      <div class="pr-actions">
        <Button type="submit" variant="danger" isBusy={isBusy} disabled={!form.rule || !form.note.trim()}>
          {i18n.t('vendor.recordViolation')}
        </Button>
        <Button variant="link" onClick={() => setOpen(false)}>
          {i18n.t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

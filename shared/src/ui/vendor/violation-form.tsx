import { useId, useState } from 'preact/hooks'
import { todayInProgramZone } from '../../i18n/format'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { Field, TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'

/** Rules staff most often record by hand, per program (AT-4.1); any other rule id can be typed. */
const COMMON_RULES: Record<string, string[]> = {
  atrealt: ['AT-1.6', 'AT-3.1', 'AT-3.2', 'AT-3.3', 'AT-3.4'],
  'agat-rt': ['AG-1.3', 'AG-1.5'],
}

/** A program of the vendor's own has no list here: staff type its rule ids. */
export const commonRulesOf = (programId: string | undefined): string[] => (programId ? (COMMON_RULES[programId] ?? []) : [])

type ViolationFormProps = {
  /** The relay's program: only its own rules are offered. */
  programId: string | undefined
  isBusy: boolean
  error: Parameters<typeof ErrorNotice>[0]['error']
  onSubmit: (input: { rule: string; note: string; occurredOn: string }) => Promise<boolean>
}

/** Records a violation against the partner; the relay applies the consequence (AT-4.1). */
export const ViolationForm = ({ programId, isBusy, error, onSubmit }: ViolationFormProps) => {
  const i18n = useI18n()
  const listId = useId()
  const [isOpen, setOpen] = useState(false)
  const [isDone, setDone] = useState(false)
  // Nothing is pre-filled: the rule is a decision staff make, not a default they may overlook.
  const [form, setForm] = useState({ rule: '', note: '', occurredOn: todayInProgramZone() })
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
        <TextField label={i18n.t('vendor.violationRule')} list={listId} value={form.rule} onInput={(rule) => setForm({ ...form, rule })} required />
        <TextField label={i18n.t('vendor.violationDate')} type="date" value={form.occurredOn} onInput={(occurredOn) => setForm({ ...form, occurredOn })} />
      </div>
      <datalist id={listId}>
        {commonRulesOf(programId).map((rule) => (
          <option key={rule} value={rule} label={i18n.rule(rule) ?? undefined} />
        ))}
      </datalist>
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
        <Button type="submit" variant="danger" isBusy={isBusy} disabled={!form.rule.trim() || !form.note.trim()}>
          {i18n.t('vendor.recordViolation')}
        </Button>
        <Button variant="link" onClick={() => setOpen(false)}>
          {i18n.t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

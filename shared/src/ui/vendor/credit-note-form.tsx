import { useId, useState } from 'preact/hooks'
import type { RelayError } from '../../client/relay-error'
import type { TCreateCreditNoteRequest, TInvoice } from '../../contract'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { Field } from '../kit/field'
import { ErrorNotice } from '../kit/notice'
import { nameIn } from '../name-in'
import { lineTerms } from '../partner/line-terms'

type Counts = { quantity: string; months: string }

/** What each line bills after the invoice's notes: the last note that reduced it says. */
const linesLeft = (invoice: TInvoice) => {
  const left = invoice.lines.map((line) => ({ quantity: line.quantity, months: line.months }))
  for (const note of invoice.creditNotes) for (const line of note.lines) left[line.line] = line.becomes
  return left
}

/** A typed count as sent: left out when empty, otherwise as typed, for the relay to judge. */
const countOf = (text: string) => (text.trim() === '' ? undefined : Number(text))

type CreditNoteFormProps = {
  invoice: TInvoice
  isBusy: boolean
  error: RelayError | null
  onSubmit: (input: TCreateCreditNoteRequest) => Promise<boolean>
}

/**
 * Vendor staff credit part of an invoice: per line, how many sublicenses and months
 * fewer, and why. The relay prices the note and refuses more than is left, naming the line; the
 * field it names is marked.
 */
export const CreditNoteForm = ({ invoice, isBusy, error, onSubmit }: CreditNoteFormProps) => {
  const i18n = useI18n()
  const errorId = useId()
  const [isOpen, setOpen] = useState(false)
  const [counts, setCounts] = useState<Counts[]>(() => invoice.lines.map(() => ({ quantity: '', months: '' })))
  const [reason, setReason] = useState('')
  const label = i18n.t('correction.creditNote')
  if (!isOpen) {
    return (
      <div class="pr-actions">
        <Button variant="link" onClick={() => setOpen(true)}>
          {label}
        </Button>
      </div>
    )
  }
  const left = linesLeft(invoice)
  const asked = counts
    .map((count, line) => ({ line, quantity: countOf(count.quantity), months: countOf(count.months) }))
    .filter((line) => line.quantity !== undefined || line.months !== undefined)
  const fields = ((error?.details as { fields?: { path?: string }[] } | undefined)?.fields ?? []).map((field) => String(field.path ?? ''))
  // The relay names the request's line (`lines.0.quantity`); the form shows the invoice's.
  const isInvalid = (line: number, key: keyof Counts) => {
    const index = asked.findIndex((item) => item.line === line)
    return index >= 0 && fields.some((path) => path === `lines.${index}.${key}` || path === `lines.${index}` || path === `lines.${index}.line`)
  }
  const setCount = (line: number, key: keyof Counts, value: string) => setCounts(counts.map((count, i) => (i === line ? { ...count, [key]: value } : count)))
  return (
    <form
      class="pr-form pr-form--boxed"
      aria-label={label}
      onSubmit={async (event) => {
        event.preventDefault()
        if (
          await onSubmit({
            lines: asked.map(({ line, quantity, months }) => ({
              line,
              ...(quantity === undefined ? {} : { quantity }),
              ...(months === undefined ? {} : { months }),
            })),
            reason,
          })
        ) {
          setOpen(false)
          setCounts(invoice.lines.map(() => ({ quantity: '', months: '' })))
          setReason('')
        }
      }}
    >
      <fieldset class="pr-fieldset">
        <legend class="pr-label">{i18n.t('correction.creditNoteLines')}</legend>
        {invoice.lines.map((line, index) => (
          <div key={index} class="pr-credit-line" data-line={index}>
            <div>
              {nameIn(i18n.locale, line)}
              <span class="pr-muted"> · {i18n.t('correction.creditLeft', { terms: lineTerms(i18n, left[index]) })}</span>
            </div>
            <Field label={i18n.t('correction.creditQuantity')}>
              {(id, hint) => (
                <input
                  id={id}
                  class="pr-input"
                  type="number"
                  inputMode="numeric"
                  step={1}
                  value={counts[index].quantity}
                  aria-invalid={isInvalid(index, 'quantity')}
                  aria-describedby={[hint, isInvalid(index, 'quantity') ? errorId : undefined].filter(Boolean).join(' ') || undefined}
                  onInput={(event) => setCount(index, 'quantity', event.currentTarget.value)}
                />
              )}
            </Field>
            {line.months !== null && (
              <Field label={i18n.t('correction.creditMonths')}>
                {(id, hint) => (
                  <input
                    id={id}
                    class="pr-input"
                    type="number"
                    inputMode="numeric"
                    step={1}
                    value={counts[index].months}
                    aria-invalid={isInvalid(index, 'months')}
                    aria-describedby={[hint, isInvalid(index, 'months') ? errorId : undefined].filter(Boolean).join(' ') || undefined}
                    onInput={(event) => setCount(index, 'months', event.currentTarget.value)}
                  />
                )}
              </Field>
            )}
          </div>
        ))}
      </fieldset>
      <Field label={i18n.t('vendor.reason')}>
        {(id, hint) => (
          <textarea
            id={id}
            class="pr-input pr-textarea"
            rows={2}
            required
            value={reason}
            aria-invalid={fields.includes('reason')}
            aria-describedby={hint}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        )}
      </Field>
      <div id={errorId}>
        <ErrorNotice error={error} />
      </div>
      <div class="pr-actions">
        <Button type="submit" isBusy={isBusy} disabled={!reason.trim() || asked.length === 0}>
          {label}
        </Button>
        <Button variant="link" onClick={() => setOpen(false)}>
          {i18n.t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

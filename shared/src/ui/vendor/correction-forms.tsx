import { useId, useState } from 'preact/hooks'
import type { RelayError } from '../../client/relay-error'
import type { TInvoice, TViolation } from '../../contract'
import type { CorrectionsState, CorrectionsStore } from '../../stores/create-corrections-store'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { Field } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { correctionOutcomeText } from './correction-outcome'
import { CreditNoteForm } from './credit-note-form'

type FormProps = {
  /** The button that opens the form and the one that sends it. */
  label: string
  isBusy: boolean
  error: RelayError | null
  /** Asks for the corrected client-payment date too (AT-1.6). */
  withDate?: boolean
  onSubmit: (input: { paidOn: string; reason: string }) => Promise<boolean>
}

/** The fields a relay or browser check named: zod issues carry a path array, the relay 'a.b' strings. */
const namedFields = (error: RelayError | null): string[] => {
  const details = error?.details as { fields?: { path?: unknown }[] } | { path?: unknown }[] | undefined
  const list = Array.isArray(details) ? details : (details?.fields ?? [])
  return list.map((problem) => (Array.isArray(problem.path) ? problem.path.join('.') : String(problem.path ?? '')))
}

/**
 * A correction staff must explain: a reason always, the corrected date where asked. Both are
 * required; a refusal shows under the form and marks the field it names, read out with that field.
 */
export const CorrectionForm = ({ label, isBusy, error, withDate = false, onSubmit }: FormProps) => {
  const i18n = useI18n()
  const errorId = useId()
  const [isOpen, setOpen] = useState(false)
  const [form, setForm] = useState({ paidOn: '', reason: '' })
  if (!isOpen) {
    return (
      <div class="pr-actions">
        <Button variant="link" onClick={() => setOpen(true)}>
          {label}
        </Button>
      </div>
    )
  }
  const named = namedFields(error)
  // Every field is tied to the error when it names none of them: the message is about the form.
  const invalid = (field: string) => (error ? named.length === 0 || named.includes(field) : false)
  const described = (field: string, hint?: string) => [hint, invalid(field) ? errorId : undefined].filter(Boolean).join(' ') || undefined
  return (
    <form
      class="pr-form pr-form--boxed"
      aria-label={label}
      onSubmit={async (event) => {
        event.preventDefault()
        if (await onSubmit(form)) {
          setOpen(false)
          setForm({ paidOn: '', reason: '' })
        }
      }}
    >
      {withDate && (
        <Field label={i18n.t('invoice.paymentDate')}>
          {(id, hint) => (
            <input
              id={id}
              class="pr-input"
              type="date"
              required
              value={form.paidOn}
              aria-invalid={invalid('paidOn')}
              aria-describedby={described('paidOn', hint)}
              onInput={(event) => setForm({ ...form, paidOn: event.currentTarget.value })}
            />
          )}
        </Field>
      )}
      <Field label={i18n.t('vendor.reason')}>
        {(id, hint) => (
          <textarea
            id={id}
            class="pr-input pr-textarea"
            rows={2}
            required
            value={form.reason}
            aria-invalid={invalid('reason')}
            aria-describedby={described('reason', hint)}
            onInput={(event) => setForm({ ...form, reason: event.currentTarget.value })}
          />
        )}
      </Field>
      <div id={errorId}>
        <ErrorNotice error={error} />
      </div>
      <div class="pr-actions">
        <Button type="submit" variant="danger" isBusy={isBusy} disabled={!form.reason.trim() || (withDate && !form.paidOn)}>
          {label}
        </Button>
        <Button variant="link" onClick={() => setOpen(false)}>
          {i18n.t('common.cancel')}
        </Button>
      </div>
    </form>
  )
}

type CorrectionsProps = { state: CorrectionsState; store: CorrectionsStore }

const errorOf = (state: CorrectionsState, kind: string) => (state.failedAction === kind ? state.actionError : null)

/**
 * On each invoice of a vendor's card: correct the client-payment date the partner mistyped (AT-1.6),
 * credit part of it and void it. A void invoice has nothing left to correct.
 */
export const InvoiceCorrections = ({ invoice, state, store }: CorrectionsProps & { invoice: TInvoice }) => {
  const i18n = useI18n()
  if (invoice.state === 'void') return null
  const correct = `correct:${invoice.id}`
  const voiding = `voidInvoice:${invoice.id}`
  const crediting = `creditNote:${invoice.id}`
  return (
    <div class="pr-corrections">
      {invoice.clientPaidOn && (
        <CorrectionForm
          label={i18n.t('correction.correctPaidOn')}
          withDate
          isBusy={state.busy === correct}
          error={errorOf(state, correct)}
          onSubmit={(input) => store.getState().correctClientPayment(invoice.id, input)}
        />
      )}
      <CreditNoteForm
        invoice={invoice}
        isBusy={state.busy === crediting}
        error={errorOf(state, crediting)}
        onSubmit={(input) => store.getState().createCreditNote(invoice.id, input)}
      />
      <CorrectionForm
        label={i18n.t('correction.voidInvoice')}
        isBusy={state.busy === voiding}
        error={errorOf(state, voiding)}
        onSubmit={({ reason }) => store.getState().voidInvoice(invoice.id, reason)}
      />
    </div>
  )
}

/** On each live violation of the vendor's overview: void it, with the reason (AT-4.1). */
export const ViolationCorrection = ({ violation, state, store }: CorrectionsProps & { violation: TViolation }) => {
  const i18n = useI18n()
  if (violation.voidedAt) return null
  const kind = `voidViolation:${violation.id}`
  return (
    <CorrectionForm
      label={i18n.t('correction.voidViolation')}
      isBusy={state.busy === kind}
      error={errorOf(state, kind)}
      onSubmit={({ reason }) => store.getState().voidViolation(violation.id, reason)}
    />
  )
}

/** What the last correction changed, in words (AT-1.6, AT-4.1). */
export const CorrectionOutcomeNotice = ({ state }: { state: CorrectionsState }) => {
  const i18n = useI18n()
  return state.outcome ? <Notice kind="success">{correctionOutcomeText(i18n, state.outcome)}</Notice> : null
}

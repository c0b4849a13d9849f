import type { ComponentChildren } from 'preact'
import { useEffect, useMemo, useState } from 'preact/hooks'
import type { TInvoice } from '../../contract'
import { todayInProgramZone } from '../../i18n/format'
import { loadQuoteMessages } from '../../i18n/load-quote-messages'
import { createQuoteStore } from '../../stores/create-quote-store'
import { draftProblems, type QuoteDraft } from '../../stores/quote-lines'
import { useI18n, useUi } from '../context'
import { addStyles } from '../kit/add-styles'
import { Button } from '../kit/button'
import { Confirm } from '../kit/confirm'
import { Field, TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Loading } from '../kit/status'
import { nameIn } from '../name-in'
import { useStore } from '../use-store'
import css from './quote.css?inline'
import { Totals } from './totals'
import { dateLimitText, warningText } from './warning-text'

// The form's own rules come with its chunk.
addStyles('pr-styles-quote', css)

type QuoteFormProps = {
  accountNumber: string
  onCreated: (invoice: TInvoice) => void
  debounceMs?: number
  /** The lines it starts with (a renewal's, AT-1.6 prolongation), and what to say above them. */
  initial?: Partial<QuoteDraft>
  intro?: ComponentChildren
}

/**
 * Product, quantity, months and, if the client has paid, the date → the relay's totals and warnings
 * as the user types → one invoice per attempt, after the partner has confirmed what it was warned of.
 */
export const QuoteForm = (props: QuoteFormProps) => {
  const i18n = useI18n()
  const [hasWords, setHasWords] = useState(false)
  useEffect(() => {
    let isMounted = true
    void i18n.addWords(loadQuoteMessages).then(() => isMounted && setHasWords(true))
    return () => {
      isMounted = false
    }
  }, [i18n])
  return hasWords ? <QuoteFormBody {...props} /> : <Loading />
}

const QuoteFormBody = ({ accountNumber, onCreated, debounceMs, initial, intro }: QuoteFormProps) => {
  const i18n = useI18n()
  const { client, host } = useUi()
  const store = useMemo(
    () =>
      createQuoteStore({
        client,
        accountNumber,
        debounceMs,
        initial,
        onCreated: (invoice) => {
          host.notify?.(i18n.t('quote.created', { number: invoice.number }), 'success')
          onCreated(invoice)
        },
      }),
    [client, accountNumber],
  )
  const state = useStore(store)
  useEffect(() => {
    void store.getState().loadProgram()
    return () => store.getState().dispose()
  }, [store])

  if (!state.program) {
    return (
      <Section title={i18n.t('quote.title')}>
        {state.error ? <ErrorNotice error={state.error} onRetry={() => void store.getState().loadProgram()} /> : <Loading />}
      </Section>
    )
  }
  const { program, draft, quote, error, confirming } = state
  const product = program.products.find((candidate) => candidate.sku === draft.sku)
  // Terms and "sublicenses" only where something is sold by the month; hardware is counted in its own unit.
  const monthly = product ? product.pricing === 'monthly' : program.products.every((item) => item.pricing === 'monthly')
  const unitOf = product ?? program.products[0]
  const unit = unitOf && ((i18n.locale === 'en' && unitOf.unitEn) || unitOf.unit)
  const quantityLabel = monthly ? i18n.t('quote.quantity') : unit ? i18n.t('quote.quantityOf', { unit }) : i18n.t('quote.quantityAny')
  const problems = draftProblems(draft, program)
  const quantityProblem = problems.find((problem) => problem.field === 'quantity')
  const monthsProblem = problems.find((problem) => problem.field === 'months')
  const maxMonths = product?.maxMonths ?? program.months.max
  // A refusal the form can say next to its field keeps the field's words and leaves the notice out.
  const limit = error?.code === 'limit_exceeded' ? (error.details as { field?: string; limit?: number; sku?: string; product?: string } | undefined) : undefined
  // The relay names the product as its file does; the program's list has its English name.
  const limitProduct = program.products.find((item) => item.sku === limit?.sku)
  const limitText =
    limit?.field === 'quantity' || limit?.field === 'months'
      ? i18n.t(`quote.limit.${limit.field}`, {
          product: limitProduct ? nameIn(i18n.locale, limitProduct) : (limit.product ?? ''),
          limit: i18n.count(limit.limit ?? 0),
        })
      : null
  const dateText = error ? dateLimitText(i18n, error.details, 'clientPaidOn') : null
  const busy = state.isCreating
  return (
    <Section title={i18n.t('quote.title')}>
      {intro}
      <form
        class="pr-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!confirming) void store.getState().createInvoice()
        }}
      >
        <Field label={i18n.t('quote.product')}>
          {(id) => (
            // A closed select shows one line and cuts a long name off in a 300 px column: the name is
            // shown wrapped in a box of the select's look, and the select, laid over it unseen, takes
            // the clicks, the keys and the screen reader.
            <div class="pr-select-box">
              <select id={id} class="pr-select" value={draft.sku} onChange={(event) => store.getState().setDraft({ sku: event.currentTarget.value })}>
                {!product && <option value="">{i18n.t('quote.pickProduct')}</option>}
                {program.products.map((item) => (
                  <option key={item.sku} value={item.sku}>
                    {nameIn(i18n.locale, item)}
                  </option>
                ))}
              </select>
              <span class="pr-select-box__shown" aria-hidden="true">
                {product ? nameIn(i18n.locale, product) : i18n.t('quote.pickProduct')}
              </span>
            </div>
          )}
        </Field>
        <div class="pr-form__pair">
          <TextField
            label={quantityLabel}
            type="number"
            inputMode="numeric"
            min={1}
            max={product?.maxQuantity}
            value={draft.quantity}
            error={quantityProblem ? i18n.t('quote.badQuantity', { max: i18n.count(quantityProblem.max) }) : limit?.field === 'quantity' ? limitText : null}
            onInput={(quantity) => store.getState().setDraft({ quantity })}
            required
          />
          {monthly && (
            <TextField
              label={i18n.t('quote.months')}
              type="number"
              inputMode="numeric"
              min={program.months.min}
              max={maxMonths}
              hint={i18n.t('quote.monthsHint', { min: program.months.min, max: maxMonths })}
              error={
                monthsProblem ? i18n.t('quote.badMonths', { min: monthsProblem.min, max: monthsProblem.max }) : limit?.field === 'months' ? limitText : null
              }
              value={draft.months}
              onInput={(months) => store.getState().setDraft({ months })}
              required
            />
          )}
        </div>
        <TextField
          label={i18n.t('quote.paidOn')}
          type="date"
          max={todayInProgramZone()}
          value={draft.paidOn}
          error={dateText}
          onInput={(paidOn) => store.getState().setDraft({ paidOn })}
        />
        <div class="pr-quote" aria-live="polite" aria-busy={state.isQuoting}>
          {quote ? (
            <Totals quote={quote} isStale={state.isQuoting} />
          ) : state.isQuoting ? (
            <Loading label={i18n.t('quote.calculating')} />
          ) : (
            !error && problems.length === 0 && <p class="pr-muted">{i18n.t('quote.fillIn')}</p>
          )}
        </div>
        {!confirming &&
          quote?.warnings.map((warning) => (
            <Notice key={warning.code} kind="warning">
              {warningText(i18n, warning)}
            </Notice>
          ))}
        {!limitText && !dateText && <ErrorNotice error={error} />}
        {confirming ? (
          <Confirm
            lines={confirming.map((warning) => warningText(i18n, warning))}
            ask={i18n.t('quote.confirmAsk')}
            action={i18n.t('quote.confirm')}
            isBusy={busy}
            onConfirm={() => void store.getState().createInvoice(true)}
            onCancel={() => store.getState().cancelConfirm()}
          />
        ) : (
          <Button
            type="submit"
            variant="primary"
            isBusy={busy}
            disabled={!quote || state.isQuoting}
            onClick={(event) => {
              // The second click of a double click is the same intent, never a second invoice.
              if (event.detail > 1) event.preventDefault()
            }}
          >
            {busy ? i18n.t('quote.creating') : i18n.t('quote.create')}
          </Button>
        )}
      </form>
    </Section>
  )
}

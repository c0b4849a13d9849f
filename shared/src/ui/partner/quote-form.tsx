import { useEffect, useMemo } from 'preact/hooks'
import type { TInvoice } from '../../contract'
import { createQuoteStore } from '../../stores/create-quote-store'
import { useI18n, useUi } from '../context'
import { Button } from '../kit/button'
import { Field, TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Loading } from '../kit/status'
import { useStore } from '../use-store'
import { Totals } from './totals'

type QuoteFormProps = { accountNumber: string; onCreated: (invoice: TInvoice) => void; debounceMs?: number }

/** Product, sublicenses and months → the relay's totals as the user types → one invoice per attempt. */
export const QuoteForm = ({ accountNumber, onCreated, debounceMs }: QuoteFormProps) => {
  const i18n = useI18n()
  const { client, host } = useUi()
  const store = useMemo(
    () =>
      createQuoteStore({
        client,
        accountNumber,
        debounceMs,
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
  const { program, draft, quote } = state
  const product = program.products.find((candidate) => candidate.sku === draft.sku)
  const isMonthly = product?.pricing !== 'one-time'
  return (
    <Section title={i18n.t('quote.title')}>
      <form
        class="pr-form"
        onSubmit={(event) => {
          event.preventDefault()
          void store.getState().createInvoice()
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
                    {item.name}
                  </option>
                ))}
              </select>
              <span class="pr-select-box__shown" aria-hidden="true">
                {product?.name ?? i18n.t('quote.pickProduct')}
              </span>
            </div>
          )}
        </Field>
        <div class="pr-form__pair">
          <TextField
            // A monthly product is sold as sublicenses (AT-3.3); a one-time one, such as hardware, by its unit.
            label={product?.pricing === 'one-time' ? i18n.t('quote.quantityOf', { unit: product.unit }) : i18n.t('quote.quantity')}
            type="number"
            inputMode="numeric"
            min={1}
            value={draft.quantity}
            onInput={(quantity) => store.getState().setDraft({ quantity })}
            required
          />
          {isMonthly && (
            <TextField
              label={i18n.t('quote.months')}
              type="number"
              inputMode="numeric"
              min={program.months.min}
              max={program.months.max}
              hint={i18n.t('quote.monthsHint', { min: program.months.min, max: program.months.max })}
              value={draft.months}
              onInput={(months) => store.getState().setDraft({ months })}
              required
            />
          )}
        </div>
        <div class="pr-quote" aria-live="polite" aria-busy={state.isQuoting}>
          {quote ? (
            <Totals quote={quote} isStale={state.isQuoting} />
          ) : state.isQuoting ? (
            <Loading label={i18n.t('quote.calculating')} />
          ) : (
            !state.error && <p class="pr-muted">{i18n.t('quote.fillIn')}</p>
          )}
        </div>
        <ErrorNotice error={state.error} />
        {state.created && (
          <Notice kind="success">
            <span>
              <strong>{i18n.t('quote.created', { number: state.created.number })}</strong>. {i18n.t('quote.again')}
            </span>
          </Notice>
        )}
        <Button
          type="submit"
          variant="primary"
          isBusy={state.isCreating}
          disabled={!quote || state.isQuoting}
          onClick={(event) => {
            // The second click of a double click is the same intent, never a second invoice.
            if (event.detail > 1) event.preventDefault()
          }}
        >
          {state.isCreating ? i18n.t('quote.creating') : i18n.t('quote.create')}
        </Button>
      </form>
    </Section>
  )
}

import { useState } from 'preact/hooks'
import type { TInvoice, TPartnerCard } from '../../contract'
import type { CardProps } from '../card/card-props'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { LazyPart } from '../kit/lazy-part'
import { Notice } from '../kit/notice'
import { PartnerStateNotice } from '../kit/partner-state-notice'
import { Section } from '../kit/section'
import { Badge } from '../kit/status'
import { InvoiceList } from './invoice-list'
import { PinBlock } from './pin-block'
import { SublicenseList } from './sublicense-list'

/** The client's most urgent transfer in one line (AT-1.6): «Перевести 17 820,00 ₽ по счёту № 2026-000002 до 09.12.2026». */
const UrgentLine = ({ notice: { kind, facts } }: { notice: NonNullable<TPartnerCard['notice']> }) => {
  const i18n = useI18n()
  const vars = { amount: i18n.money(facts.amountKop), invoice: facts.invoiceNumber, date: i18n.date(facts.dueOn) }
  const key = kind === 'transfer.overdue' ? 'card.notice.overdue' : kind === 'transfer.dueToday' ? 'card.notice.dueToday' : 'card.notice.due'
  return (
    <Notice kind={kind === 'transfer.due' ? 'info' : 'warning'}>
      <span data-card-notice={kind}>{i18n.t(key, vars)}</span>
    </Notice>
  )
}

/**
 * The quote form (AT-1.6) with its store is a chunk of its own: it asks the relay for the program
 * before it shows anything, so its chunk comes while the card's first screen is already up.
 */
const loadQuoteForm = () => import('./quote-form').then((module) => module.QuoteForm)

/** The client as this partner sees it: pin, new invoice when the relay says it may invoice, invoices, paid sublicenses. */
export const PartnerCard = ({ card, state, store }: CardProps & { card: TPartnerCard }) => {
  const i18n = useI18n()
  const partnerState = state.me?.partner?.state
  const canAct = partnerState !== 'expelled'
  // The relay decides who may invoice whom (AT-1.2, AT-4.1, AG-4): the widget asks it, never the pin.
  const { canInvoice } = card
  const actions = store.getState()
  const [created, setCreated] = useState<TInvoice | null>(null)
  return (
    <div class="pr-card pr-card--partner">
      <PartnerStateNotice state={partnerState} rule={state.me?.program.statusRule} />
      {card.notice && <UrgentLine notice={card.notice} />}
      <Section title={i18n.t('card.title')} class="pr-span">
        {card.client && (
          <div class="pr-client">
            <strong>{card.client.name}</strong>
            {card.client.demo && <Badge tone="warn">{i18n.t('client.demo')}</Badge>}
          </div>
        )}
        <PinBlock pin={card.pin} requiresPin={card.requiresPin} refusal={card.pinRefusal} state={state} store={store} canAct={canAct} />
        {card.supportedUntil && <p class="pr-muted">{i18n.t('client.supportedUntil', { date: i18n.date(card.supportedUntil) })}</p>}
      </Section>
      {canInvoice &&
        (created ? (
          // The form is done once its invoice is made: a further invoice is a new, empty form.
          <Section title={i18n.t('quote.title')}>
            <Notice kind="success">
              <strong>{i18n.t('quote.created', { number: created.number })}</strong>
            </Notice>
            <Button onClick={() => setCreated(null)}>{i18n.t('quote.another')}</Button>
          </Section>
        ) : (
          <LazyPart
            load={loadQuoteForm}
            props={{
              accountNumber: card.accountNumber,
              onCreated: (invoice: TInvoice) => {
                setCreated(invoice)
                void actions.refresh()
              },
            }}
          />
        ))}
      {(canInvoice || card.invoices.length > 0) && (
        <Section title={i18n.t('invoices.title')} class="pr-tall">
          <InvoiceList
            invoices={card.invoices}
            newId={created?.id}
            empty={i18n.t('invoices.empty')}
            busy={state.busy}
            failedAction={state.failedAction}
            actionError={state.actionError}
            onPdf={(invoice, creditNote) => void actions.downloadPdf(invoice, creditNote)}
            // Even an expelled partner records the day its client paid: the money is owed and the deadline runs (AT-1.6, AT-4.1).
            onClientPayment={(id, date, confirmed) => void actions.recordClientPayment(id, date, confirmed)}
          />
        </Section>
      )}
      {card.sublicenses.length > 0 && (
        // Shown once something is paid, so a hardware program never meets "sublicenses"; hardware lines are items.
        <Section
          title={
            card.sublicenses.length > 0 && card.sublicenses.every((line) => line.months === null && !line.imported)
              ? i18n.t('sublicenses.titleItems')
              : i18n.t('sublicenses.title')
          }
        >
          <SublicenseList sublicenses={card.sublicenses} />
        </Section>
      )}
    </div>
  )
}

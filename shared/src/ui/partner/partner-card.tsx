import type { TPartnerCard } from '../../contract'
import type { CardProps } from '../card/card-props'
import { useI18n } from '../context'
import { PartnerStateNotice } from '../kit/partner-state-notice'
import { Section } from '../kit/section'
import { Badge } from '../kit/status'
import { InvoiceList } from './invoice-list'
import { PinBlock } from './pin-block'
import { QuoteForm } from './quote-form'
import { SublicenseList } from './sublicense-list'

/** The client as this partner sees it: pin, new invoice when the relay says it may invoice, invoices, paid sublicenses. */
export const PartnerCard = ({ card, state, store }: CardProps & { card: TPartnerCard }) => {
  const i18n = useI18n()
  const partnerState = state.me?.partner?.state
  const canAct = partnerState !== 'expelled'
  // The relay decides who may invoice whom (AT-1.2, AT-4.1, AG-4): the widget asks it, never the pin.
  const { canInvoice } = card
  const actions = store.getState()
  return (
    <div class="pr-card pr-card--partner">
      <PartnerStateNotice state={partnerState} />
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
      {canInvoice && <QuoteForm accountNumber={card.accountNumber} onCreated={() => void actions.refresh()} />}
      {(canInvoice || card.invoices.length > 0) && (
        <Section title={i18n.t('invoices.title')} class="pr-tall">
          <InvoiceList
            invoices={card.invoices}
            empty={i18n.t('invoices.empty')}
            busy={state.busy}
            failedAction={state.failedAction}
            actionError={state.actionError}
            onPdf={(invoice) => void actions.downloadPdf(invoice)}
            onClientPayment={canAct ? (id, date) => void actions.recordClientPayment(id, date) : undefined}
          />
        </Section>
      )}
      {(canInvoice || card.sublicenses.length > 0) && (
        <Section title={i18n.t('sublicenses.title')}>
          <SublicenseList sublicenses={card.sublicenses} />
        </Section>
      )}
    </div>
  )
}

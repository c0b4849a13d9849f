import type { TInvoice, TVendorCard } from '../../contract'
import type { CardProps } from '../card/card-props'
import { useI18n } from '../context'
import { Section } from '../kit/section'
import { Badge, Empty, Facts } from '../kit/status'
import { InvoiceList } from '../partner/invoice-list'
import { PinSummary } from '../partner/pin-summary'
import { SublicenseList } from '../partner/sublicense-list'
import { CorrectionOutcomeNotice, InvoiceCorrections } from './correction-forms'
import { DemoMark } from './demo-mark'
import { NegotiationToggle } from './negotiation-toggle'
import { PartnerStateBadge } from './partner-state'
import { PinConfirmation } from './pin-confirmation'
import { PinDecisionForm } from './pin-decision'
import { useCorrections } from './use-corrections'
import { ViolationForm } from './violation-form'

/**
 * The client as vendor staff see it: whose it is and the decisions waiting on staff first (the pin,
 * invoices waiting for a transfer), then paid terms, history and the other invoices.
 */
export const VendorCard = ({ card, state, store }: CardProps & { card: TVendorCard }) => {
  const i18n = useI18n()
  const actions = store.getState()
  const { client, pin, partner } = card
  const contacts = [client.email, client.phone].filter(Boolean).join(', ')
  // What staff act on comes first: the pin decision, then invoices waiting for a transfer (AT-1.6).
  const awaiting = card.invoices.filter((invoice) => invoice.state === 'issued')
  const others = card.invoices.filter((invoice) => invoice.state !== 'issued')
  const corrections = useCorrections(() => store.getState().refresh())
  const invoiceHandlers = {
    busy: state.busy,
    failedAction: state.failedAction,
    actionError: state.actionError,
    onPdf: (...document: Parameters<typeof actions.downloadPdf>) => void actions.downloadPdf(...document),
    onTransfer: (id: string, date: string) => void actions.recordTransfer(id, date),
    corrections: (invoice: TInvoice) => <InvoiceCorrections invoice={invoice} {...corrections} />,
  }
  return (
    <div class="pr-card pr-card--vendor">
      <Section title={i18n.t('card.title')}>
        <div class="pr-client">
          <strong>{client.name}</strong>
          {client.demo && <Badge tone="warn">{i18n.t('client.demo')}</Badge>}
        </div>
        <Facts
          rows={[
            ...(client.inn ? [[i18n.t('client.inn'), client.inn] as [string, string]] : []),
            ...(contacts ? [[i18n.t('client.contacts'), contacts] as [string, string]] : []),
          ]}
        />
        {pin && partner && (pin.state === 'approved' || pin.state === 'requested') ? (
          <div class="pr-block">
            <div class="pr-owner">
              <span class="pr-muted">{i18n.t(pin.state === 'approved' ? 'vendor.pinnedTo' : 'vendor.requestedBy')}</span>
              <strong>{partner.name}</strong>
              <PartnerStateBadge state={partner.state} />
            </div>
            <PinSummary pin={pin} />
            <PinDecisionForm pin={pin} busy={state.busy} failedAction={state.failedAction} actionError={state.actionError} onDecide={actions.decidePin} />
          </div>
        ) : (
          <p class="pr-muted">{i18n.t('vendor.notPinned')}</p>
        )}
        {card.supportedUntil && <p class="pr-muted">{i18n.t('client.supportedUntil', { date: i18n.date(card.supportedUntil) })}</p>}
        <NegotiationToggle card={card} state={state} store={store} />
        <DemoMark client={client} onChanged={() => store.getState().refresh()} />
      </Section>
      <CorrectionOutcomeNotice state={corrections.state} />
      {awaiting.length > 0 && (
        <Section title={i18n.t('vendor.awaiting')}>
          <InvoiceList invoices={awaiting} empty={i18n.t('vendor.noAwaiting')} {...invoiceHandlers} />
        </Section>
      )}
      <Section title={i18n.t('sublicenses.title')}>
        <SublicenseList sublicenses={card.sublicenses} />
      </Section>
      <Section title={i18n.t('vendor.history')}>
        {card.pinHistory.length === 0 ? (
          <Empty>{i18n.t('vendor.historyEmpty')}</Empty>
        ) : (
          <ul class="pr-list">
            {card.pinHistory.map((entry) => (
              <li key={entry.id} class="pr-item">
                <PinSummary pin={entry} showPartner />
                <PinConfirmation pin={entry} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      {(others.length > 0 || awaiting.length === 0) && (
        <Section title={i18n.t(awaiting.length > 0 ? 'vendor.otherInvoices' : 'invoices.title')}>
          <InvoiceList invoices={others} empty={i18n.t('invoices.empty')} {...invoiceHandlers} />
        </Section>
      )}
      {partner && partner.state !== 'expelled' && (
        <Section title={i18n.t('vendor.violation')}>
          <p class="pr-muted">{partner.name}</p>
          <ViolationForm
            violable={state.me?.program.violable}
            isBusy={state.busy === 'violation'}
            error={state.failedAction === 'violation' ? state.actionError : null}
            onSubmit={(input) => actions.recordViolation(partner.id, input)}
          />
        </Section>
      )}
    </div>
  )
}

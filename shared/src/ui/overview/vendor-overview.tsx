import type { TPinRequest, TVendorOverview } from '../../contract'
import type { OverviewState, OverviewStore } from '../../stores/create-overview-store'
import { useI18n } from '../context'
import { LazyPart } from '../kit/lazy-part'
import { Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Badge, Empty } from '../kit/status'
import { InvoiceList } from '../partner/invoice-list'
import { PinSummary } from '../partner/pin-summary'
import { CorrectionOutcomeNotice, ViolationCorrection } from '../vendor/correction-forms'
import { LazyBackOffice } from '../vendor/lazy-back-office'
import { LazyPartnerDirectory } from '../vendor/lazy-partner-directory'
import { PinDecisionForm } from '../vendor/pin-decision'
import { useCorrections } from '../vendor/use-corrections'
import { ClientLink, InvoiceParty, PartnerLink } from './detail-links'
import { PartnerDirectory } from './partner-directory'
import { ViolationList } from './violation-list'

type Props = { overview: TVendorOverview; state: OverviewState; store: OverviewStore }

const loadRenewalList = () => import('../renewals/renewal-list').then((module) => module.RenewalList)

/**
 * One pin request for staff to decide: the client, who asked, when the decision is due (marked once
 * it is overdue) and the other partners that asked for the same client meanwhile (AT-1.2a, AT-4.4).
 */
const PinRequestItem = ({ pin, state, onDecide }: { pin: TPinRequest; state: OverviewState; onDecide: OverviewState['decidePin'] }) => {
  const i18n = useI18n()
  return (
    <li class="pr-item">
      <div class="pr-item__title">
        <ClientLink name={pin.clientName} accountNumber={pin.accountNumber} />
      </div>
      <div class="pr-owner">
        <span class="pr-muted">{i18n.t('vendor.requestedBy')}</span>
        <PartnerLink partnerId={pin.partnerId} name={pin.partnerName} />
      </div>
      <PinSummary pin={pin} />
      {pin.isDecisionOverdue ? (
        <Badge tone="bad">{i18n.t('vendor.decisionOverdue', { date: i18n.date(pin.decisionDueOn) })}</Badge>
      ) : (
        <div class="pr-muted">{i18n.t('vendor.decisionDue', { date: i18n.date(pin.decisionDueOn) })}</div>
      )}
      {pin.otherInterest.map((interest) => (
        <div key={interest.partnerId} class="pr-owner">
          <span class="pr-muted">{i18n.t('vendor.alsoAsked', { date: i18n.timestamp(interest.at) })}</span>
          <PartnerLink partnerId={interest.partnerId} name={interest.partnerName} />
        </div>
      ))}
      <PinDecisionForm pin={pin} busy={state.busy} failedAction={state.failedAction} actionError={state.actionError} onDecide={onDecide} />
    </li>
  )
}

/** What waits for vendor staff: pin requests, transfers, partners to act on, clients to contact. */
export const VendorOverview = ({ overview, state, store }: Props) => {
  const i18n = useI18n()
  const actions = store.getState()
  const corrections = useCorrections(() => store.getState().load())
  const partnerNames = new Map(overview.partners.map((partner) => [partner.id, partner.name]))
  const invoiceHandlers = {
    busy: state.busy,
    failedAction: state.failedAction,
    actionError: state.actionError,
    showPartner: true,
    showAccount: true,
    Party: InvoiceParty,
    onPdf: (...document: Parameters<typeof actions.downloadPdf>) => void actions.downloadPdf(...document),
    onTransfer: (id: string, date: string) => void actions.recordTransfer(id, date),
  }
  // The relay lists an overdue invoice among those awaiting a transfer too, and an expelled partner's
  // among its receivables: show each once, a receivable of a partner losing status first.
  const receivableIds = new Set(overview.expelledReceivables.map((invoice) => invoice.id))
  const overdue = overview.overdueTransfers.filter((invoice) => !receivableIds.has(invoice.id))
  const overdueIds = new Set(overdue.map((invoice) => invoice.id))
  const awaiting = overview.awaitingTransfer.filter((invoice) => !overdueIds.has(invoice.id) && !receivableIds.has(invoice.id))
  // A repeat offender waits for staff's decision above everything else (AT-4.1, AG-1.5).
  const pending = overview.partners.filter((partner) => partner.state === 'expulsion_pending')
  const others = overview.partners.filter((partner) => partner.state !== 'expulsion_pending')
  // Requests past their decision day get a list of their own, oldest first, and are not repeated below (AT-1.2a).
  const overdueDecisions = overview.pinRequests.filter((pin) => pin.isDecisionOverdue)
  const pinRequests = overview.pinRequests.filter((pin) => !pin.isDecisionOverdue)
  return (
    <div class="pr-grid">
      {overview.calendarNotice && (
        <Notice kind="warning">{i18n.t(`vendor.calendar.${overview.calendarNotice.state}`, { year: overview.calendarNotice.year })}</Notice>
      )}
      {pending.length > 0 && (
        <Section title={i18n.t('vendor.pendingExpulsion')} class="pr-span">
          <p class="pr-hint">{i18n.t('vendor.pendingExpulsionHint')}</p>
          <PartnerDirectory partners={pending} state={state} store={store} />
        </Section>
      )}
      {overview.expelledReceivables.length > 0 && (
        <Section title={i18n.t('vendor.expelledReceivables')} class="pr-span">
          <p class="pr-hint">{i18n.t('vendor.expelledReceivablesHint')}</p>
          <InvoiceList invoices={overview.expelledReceivables} empty="" {...invoiceHandlers} />
        </Section>
      )}
      {overdueDecisions.length > 0 && (
        <Section title={i18n.t('vendor.overdueDecisions')}>
          <ul class="pr-list">
            {overdueDecisions.map((pin) => (
              <PinRequestItem key={pin.id} pin={pin} state={state} onDecide={actions.decidePin} />
            ))}
          </ul>
        </Section>
      )}
      <Section title={i18n.t('vendor.pinRequests')}>
        {pinRequests.length === 0 ? (
          <Empty>{i18n.t('vendor.noPinRequests')}</Empty>
        ) : (
          <ul class="pr-list">
            {pinRequests.map((pin) => (
              <PinRequestItem key={pin.id} pin={pin} state={state} onDecide={actions.decidePin} />
            ))}
          </ul>
        )}
      </Section>
      <Section title={i18n.t('vendor.overdue')}>
        <InvoiceList invoices={overdue} empty={i18n.t('vendor.noOverdue')} {...invoiceHandlers} />
      </Section>
      {(others.length > 0 || pending.length === 0) && (
        <Section title={i18n.t('vendor.partners')}>
          <PartnerDirectory partners={others} state={state} store={store} />
        </Section>
      )}
      <Section title={i18n.t('vendor.directory.title')} class="pr-span">
        <LazyPartnerDirectory />
      </Section>
      <Section title={i18n.t('overview.violations')}>
        <CorrectionOutcomeNotice state={corrections.state} />
        {overview.violations.length === 0 ? (
          <p class="pr-muted">{i18n.t('overview.noViolations')}</p>
        ) : (
          <ViolationList
            violations={overview.violations}
            partnerNames={partnerNames}
            action={(violation) => <ViolationCorrection violation={violation} {...corrections} />}
          />
        )}
      </Section>
      <Section title={i18n.t('vendor.awaiting')}>
        <InvoiceList invoices={awaiting} empty={i18n.t('vendor.noAwaiting')} {...invoiceHandlers} />
      </Section>
      {/* Every partner's client terms ending soon: a chunk and words of its own (AT-1.6 prolongation). */}
      <LazyPart load={loadRenewalList} props={{ isStaff: true, reloadKey: overview }} />
      <Section title={i18n.t('vendor.expelledClients')} class="pr-span">
        <p class="pr-hint">{i18n.t('vendor.expelledClientsHint')}</p>
        {overview.expelledClients.length === 0 ? (
          <Empty>{i18n.t('vendor.noExpelledClients')}</Empty>
        ) : (
          <ul class="pr-list">
            {overview.expelledClients.map((client) => (
              <li key={`${client.partnerId}-${client.accountNumber}`} class="pr-item">
                <div class="pr-item__title">
                  <ClientLink name={client.name} accountNumber={client.accountNumber} />
                </div>
                <div class="pr-muted">
                  <PartnerLink partnerId={client.partnerId} name={client.partnerName} />
                  {client.paidThrough && ` · ${i18n.t('vendor.paidThrough', { date: i18n.date(client.paidThrough) })}`}
                </div>
                {(client.email || client.phone) && <div>{[client.email, client.phone].filter(Boolean).join(', ')}</div>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={i18n.t('vendor.reports')} class="pr-span">
        <LazyBackOffice partners={overview.partners} onRecorded={() => store.getState().load()} />
      </Section>
    </div>
  )
}

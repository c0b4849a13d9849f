import { useMemo } from 'preact/hooks'
import type { TPartnerOverview } from '../../contract'
import { loadLedgerMessages } from '../../i18n/load-ledger-messages'
import type { OverviewState, OverviewStore } from '../../stores/create-overview-store'
import { useI18n } from '../context'
import { LazyPart } from '../kit/lazy-part'
import { Section } from '../kit/section'
import { InvoiceList } from '../partner/invoice-list'
import { InvoiceParty } from './detail-links'
import { PartnerStanding } from './partner-standing'
import { PinList } from './pin-list'
import { ViolationList } from './violation-list'

type Props = { overview: TPartnerOverview; state: OverviewState; store: OverviewStore }

const loadRenewalList = () => import('../renewals/renewal-list').then((module) => module.RenewalList)
// The statement's words (ledger-ru.ts) come with it.
const loadLedgerStatement = () => import('./ledger-statement').then((module) => module.LedgerStatement)

/** The partner's own page: standing, what waits for a transfer, pins, violations, statement. */
export const PartnerOverview = ({ overview, state, store }: Props) => {
  const i18n = useI18n()
  const loadStatement = useMemo(() => () => Promise.all([loadLedgerStatement(), i18n.addWords(loadLedgerMessages)]).then(([part]) => part), [i18n])
  const actions = store.getState()
  const partner = state.me?.partner
  return (
    <div class="pr-grid">
      {partner && (
        <PartnerStanding
          partner={partner}
          program={state.me?.program ?? { name: '' }}
          statusRule={state.me?.program.statusRule}
          statusNames={state.program?.statuses ?? []}
          categoryNames={state.program?.categories ?? []}
        />
      )}
      <Section title={i18n.t('overview.awaiting')}>
        <InvoiceList
          invoices={overview.awaitingTransfer}
          empty={i18n.t('overview.noAwaiting')}
          showAccount
          Party={InvoiceParty}
          busy={state.busy}
          failedAction={state.failedAction}
          actionError={state.actionError}
          onPdf={(invoice, creditNote) => void actions.downloadPdf(invoice, creditNote)}
          onClientPayment={partner?.state === 'expelled' ? undefined : (id, date, confirmed) => void actions.recordClientPayment(id, date, confirmed)}
        />
      </Section>
      {/* Client terms ending soon, renewed from here: a chunk and words of its own (AT-1.6 prolongation). */}
      <LazyPart load={loadRenewalList} props={{ isStaff: false, reloadKey: overview }} />
      <Section title={i18n.t('overview.pins')}>
        <PinList pins={overview.pins} />
      </Section>
      <Section title={i18n.t('overview.violations')}>
        <ViolationList violations={overview.violations} />
      </Section>
      {state.ledger && (
        <Section title={i18n.t('overview.ledger')} class="pr-span">
          {/* The statement is a chunk of its own: the overview page's budget has no room for it. */}
          <LazyPart
            load={loadStatement}
            props={{
              ledger: state.ledger,
              state,
              onMore: () => void actions.loadMoreLedger(),
              onCreditNotePdf: (invoice, creditNote) => void actions.downloadPdf(invoice, creditNote),
            }}
          />
        </Section>
      )}
    </div>
  )
}

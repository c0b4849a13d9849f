import type { TVendorOverview } from '../../contract'
import { useI18n } from '../context'
import { LazyDetails } from '../kit/lazy-details'

const loadReportDownloads = () => import('./report-downloads').then((module) => module.ReportDownloads)
const loadBankReconciliation = () => import('./bank-reconciliation').then((module) => module.BankReconciliation)
const loadImportBook = () => import('./import-book').then((module) => module.ImportBook)

/** The accountant's reports, the bank statement and the CSV import, each a chunk of its own fetched when staff open it. */
export const LazyBackOffice = ({ partners, onRecorded }: { partners: TVendorOverview['partners']; onRecorded: () => Promise<void> }) => {
  const i18n = useI18n()
  return (
    <>
      <LazyDetails summary={i18n.t('vendor.bank.open')} load={loadBankReconciliation} props={{ onRecorded }} />
      <LazyDetails summary={i18n.t('vendor.reports.open')} load={loadReportDownloads} props={{ partners }} />
      <LazyDetails summary={i18n.t('vendor.import.open')} load={loadImportBook} props={{ onImported: onRecorded }} />
    </>
  )
}

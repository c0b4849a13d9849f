import { useState } from 'preact/hooks'
import type { TVendorOverview } from '../../contract'
import { useI18n } from '../context'
import { LazyPart } from '../kit/lazy-part'

/** The reports are a chunk of their own, fetched when staff open them: the overview page stays as light as it was. */
const loadReportDownloads = () => import('./report-downloads').then((module) => module.ReportDownloads)

export const LazyReportDownloads = ({ partners }: { partners: TVendorOverview['partners'] }) => {
  const i18n = useI18n()
  const [isOpen, setOpen] = useState(false)
  return (
    <details class="pr-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="pr-details__summary">{i18n.t('vendor.reports.open')}</summary>
      {isOpen && <LazyPart load={loadReportDownloads} props={{ partners }} />}
    </details>
  )
}

import type { TReportName, TReportQuery } from '../contract'
import { REPORT_ROUTES } from '../contract/routes/reports'
import type { RelayCaller } from './create-relay-caller'

/** Vendor staff's CSV reports, through the relay client's own transport; only their overview loads it. */
export const createReportClient = (caller: RelayCaller) => ({
  download: (name: TReportName, query: TReportQuery): Promise<Blob> => caller.download(REPORT_ROUTES.report, { params: { name: `${name}.csv` }, query }),
})

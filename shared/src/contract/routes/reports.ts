import { ZReportCsv, ZReportQuery } from '../reports'
import { spec } from './route-spec'

/**
 * The CSV reports vendor staff download for the vendor's accountant, from their overview's lists.
 * Only those screens load this group; the admin CLI asks for the same files under the admin token.
 */
export const REPORT_ROUTES = spec({
  report: {
    method: 'get',
    path: '/v1/reports/:name',
    caller: 'vendor',
    query: ZReportQuery,
    response: ZReportCsv,
    status: 200,
    produces: 'text/csv',
  },
})

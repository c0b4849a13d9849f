import { AppError, type TReportQuery, ZReportName } from '../../../../shared/src/contract'
import { renderCsv } from '../../documents/render-csv'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import type { BinaryDocument } from '../handler-types'
import { today } from '../today'
import { REPORT_TABLES } from './steps/report-tables'

const refuse = (path: string, message: string): never => {
  throw new AppError('invalid_request', message, { details: { fields: [{ path, message }] } })
}

/**
 * A report as a CSV file for the vendor's accountant (`invoices.csv`, …): the current month up to
 * today unless a period is given; the ledger statement names its partner.
 */
export const report = async (deps: Deps, ctx: Ctx, file: string, query: TReportQuery): Promise<BinaryDocument> => {
  const name = ZReportName.safeParse(file.replace(/\.csv$/, ''))
  if (!file.endsWith('.csv') || !name.success)
    throw new AppError('not_found', `No report ${file}; there are ${ZReportName.options.map((report) => `${report}.csv`).join(', ')}`)
  const day = today(deps, ctx)
  const from = query.from ?? `${day.slice(0, 8)}01`
  const to = query.to ?? day
  if (from > to) refuse('from', `The period starts (${from}) after it ends (${to})`)
  const partnerId = query.partnerId ?? (name.data === 'ledger' ? refuse('partnerId', 'The ledger statement is one partner’s: ?partnerId=') : '')
  const locale = query.lang ?? 'ru'
  const table = await REPORT_TABLES[name.data](deps, { from, to, today: day, partnerId, locale })
  return { contentType: 'text/csv; charset=utf-8', filename: `${name.data}_${from}_${to}.csv`, body: renderCsv(table.header, table.rows, locale) }
}

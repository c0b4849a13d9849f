import { latestInvoices } from '../../store/queries/invoices'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toInvoice } from '../dto/to-invoice'
import { today } from '../today'

const LIST_LIMIT = 500

/** The caller's invoices (a partner's own, X-5), or every invoice for vendor staff; newest first. */
export const listInvoices = async (deps: Deps, ctx: Ctx) => {
  const partnerId = partnerIdOf(ctx)
  const rows = await latestInvoices(deps.db, { partnerId, limit: LIST_LIMIT })
  const day = today(deps, ctx)
  return { invoices: rows.map((row) => toInvoice(row, day, deps.calendars)) }
}

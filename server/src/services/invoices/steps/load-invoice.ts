import type { TInvoice } from '../../../../../shared/src/contract'
import { getVisibleInvoice } from '../../../store/queries/invoices'
import { partnerIdOf } from '../../actor'
import type { Ctx } from '../../context'
import type { Deps, Trx } from '../../deps'
import { toInvoice } from '../../dto/to-invoice'
import { today } from '../../today'

/** An invoice as the caller may see it (owner or vendor staff, X-5), with today's deadline status. */
export const loadInvoice = async (trx: Trx, deps: Deps, ctx: Ctx, id: string): Promise<TInvoice> =>
  toInvoice(await getVisibleInvoice(trx, id, partnerIdOf(ctx)), today(deps, ctx), deps.calendars)

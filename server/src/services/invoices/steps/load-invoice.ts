import type { TInvoice } from '../../../../../shared/src/contract'
import type { Db } from '../../../store/db'
import { getVisibleInvoice } from '../../../store/queries/invoices'
import { partnerIdOf } from '../../actor'
import type { Ctx } from '../../context'
import type { Deps } from '../../deps'
import { toInvoice } from '../../dto/to-invoice'
import { today } from '../../today'

/** An invoice as the caller may see it (owner or vendor staff, X-5), with today's deadline status. */
export const loadInvoice = async (db: Db, deps: Deps, ctx: Ctx, id: string): Promise<TInvoice> =>
  toInvoice(await getVisibleInvoice(db, id, partnerIdOf(ctx)), today(deps, ctx), deps.calendars)

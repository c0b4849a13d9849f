import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { loadInvoice } from './steps/load-invoice'

/** One invoice for its owner or vendor staff; another partner's id answers not_found. */
export const getInvoice = async (deps: Deps, ctx: Ctx, id: string) => ({ invoice: await loadInvoice(deps.db, deps, ctx, id) })

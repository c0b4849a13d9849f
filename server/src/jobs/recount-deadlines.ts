import type { Deps } from '../services/deps'
import { recountDeadline } from '../services/invoices/steps/recount-deadline'
import { withAdvisoryLock } from '../store/advisory-lock'
import { runningDeadlines } from '../store/queries/deadlines'

// One key per job kind (see scan-overdue): relays starting together recount once each, in turn.
const RECOUNT_DEADLINES_LOCK = 0x5052_0003

/**
 * At start, every running transfer deadline is counted again on the calendar files shipped with
 * this relay: a new year's file, or its decree replacing a provisional one, moves deadlines
 * that rested on the old days. Running it again changes nothing.
 */
export const recountDeadlines = async (deps: Deps) => {
  const outcome = await withAdvisoryLock(deps.db, RECOUNT_DEADLINES_LOCK, async (trx) => {
    let changed = 0
    for (const invoice of await runningDeadlines(trx)) {
      if (await recountDeadline(trx, deps, { ...invoice, client_paid_on: invoice.client_paid_on!, transfer_due_on: invoice.transfer_due_on! })) changed += 1
    }
    return changed
  })
  return { ran: outcome.ran, changed: outcome.result ?? 0 }
}

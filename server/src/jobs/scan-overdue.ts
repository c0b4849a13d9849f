import { todayIn } from '../domain/calendar/today-in'
import type { Deps } from '../services/deps'
import { ensureOverdueViolation } from '../services/invoices/steps/ensure-overdue-violation'
import { withAdvisoryLock } from '../store/advisory-lock'
import { overdueInvoicesWithoutViolation } from '../store/queries/invoices'

// One key per job kind; any number of relays share one database and only one scans at a time.
const SCAN_OVERDUE_LOCK = 0x5052_0001

/**
 * Turns every transfer not received by its deadline into a violation (AT-1.6 → AT-4.1, AG-1.5).
 * Idempotent: an invoice that already had its automatic violation is skipped, so running the
 * pass twice, or on several relays at once, raises each violation once.
 */
export const scanOverdue = async (deps: Deps, now: Date) => {
  const today = todayIn(deps.program.timeZone, now)
  const outcome = await withAdvisoryLock(deps.db, SCAN_OVERDUE_LOCK, async (trx) => {
    const overdue = await overdueInvoicesWithoutViolation(trx, today)
    for (const invoice of overdue) await ensureOverdueViolation(trx, deps, { actor: { kind: 'system' }, now, invoice })
    return overdue.length
  })
  return { ran: outcome.ran, raised: outcome.result ?? 0 }
}

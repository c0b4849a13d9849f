import { transferOverdueNote } from '../../../domain/violations/system-notes'
import type { Trx } from '../../../store/db'
import type { InvoiceRow } from '../../../store/queries/invoices'
import { findOverdueViolation } from '../../../store/queries/violations'
import type { Actor } from '../../context'
import type { Deps } from '../../deps'
import { addViolation } from '../../partners/steps/add-violation'

/**
 * Raises the automatic violation for a transfer not received by its deadline (AT-1.6 → AT-4.1,
 * AG-1.5): once per invoice. One that vendor staff voided is not raised again (a partial unique
 * index on live ones backs this up).
 */
export const ensureOverdueViolation = async (
  trx: Trx,
  deps: Deps,
  { actor, now, invoice }: { actor: Actor | { kind: 'system' }; now: Date; invoice: Pick<InvoiceRow, 'id' | 'number' | 'partner_id' | 'transfer_due_on'> },
) => {
  const existing = await findOverdueViolation(trx, invoice.id)
  if (existing) return null
  return addViolation(trx, deps, actor, now, {
    partnerId: invoice.partner_id,
    rule: deps.program.violations.overdueRule,
    source: 'auto-overdue',
    invoiceId: invoice.id,
    occurredOn: invoice.transfer_due_on!,
    ...transferOverdueNote({ invoiceNumber: invoice.number, transferDueOn: invoice.transfer_due_on! }),
  })
}

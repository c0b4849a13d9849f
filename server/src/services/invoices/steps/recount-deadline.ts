import { paymentDeadline } from '../../../domain/invoices/payment-deadline'
import { revisedDeadline } from '../../../domain/invoices/revised-deadline'
import type { Trx } from '../../../store/db'
import { setTransferDue } from '../../../store/queries/deadlines'
import { getPartner } from '../../../store/queries/partners'
import { appendAudit } from '../../audit'
import type { Deps } from '../../deps'
import { toPartnerFacts } from '../../dto/to-partner'

type Running = { id: string; number: string; partner_id: string; client_paid_on: string; transfer_due_on: string; transfer_due_estimated: boolean }

/**
 * Counts one running deadline again on the calendar files the relay has now and writes the
 * change, if any, with an audit record in the system's name: a later date when a decree added days
 * off, the "estimated" mark gone when a file now covers it; never an earlier date.
 * @returns true when the deadline changed
 */
export const recountDeadline = async (trx: Trx, deps: Deps, invoice: Running): Promise<boolean> => {
  const partner = toPartnerFacts(await getPartner(trx, invoice.partner_id))
  const counted = paymentDeadline({ program: deps.program, calendars: deps.calendars, partner, paidOn: invoice.client_paid_on })
  const told = { date: invoice.transfer_due_on, isEstimated: invoice.transfer_due_estimated }
  const revised = revisedDeadline({ told, counted })
  if (!revised) return false
  await setTransferDue(trx, { id: invoice.id, ...revised })
  await appendAudit(
    trx,
    { kind: 'system' },
    {
      action: 'invoice.deadline-recounted',
      entity: 'invoice',
      entityId: invoice.id,
      before: { transferDueOn: told.date, transferDueEstimated: told.isEstimated },
      after: { transferDueOn: revised.date, transferDueEstimated: revised.isEstimated },
      reason: `Invoice ${invoice.number}: the transfer deadline was counted again on the production calendar files in force (X-7)`,
    },
  )
  return true
}

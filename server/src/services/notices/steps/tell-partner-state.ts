import type { TPartnerState, TViolation } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'
import { addNotice } from './add-notice'

/** Tells the partner a violation was recorded against it and what follows: its state after it (AT-4.1). */
export const tellViolation = async (trx: Trx, { violation, state, at }: { violation: TViolation; state: TPartnerState; at: Date }) => {
  await addNotice(trx, [{ partnerId: violation.partnerId }], {
    kind: 'violation.recorded',
    rule: violation.rule,
    partnerId: violation.partnerId,
    // An overdue transfer's violation names the invoice and the deadline; one staff recorded, their words.
    facts:
      violation.systemNote?.code === 'transferOverdue'
        ? { invoiceNumber: violation.systemNote.params.invoiceNumber, dueOn: violation.systemNote.params.transferDueOn, state }
        : { reason: violation.note, state },
    subject: `violation:${violation.id}`,
    eventKey: `violation.recorded:${violation.id}`,
    at,
  })
}

/**
 * Tells the partner its state changed (AT-4.1, AG-1.5), and vendor staff when it now waits for their
 * decision on expulsion. One notice per change: the event is the audit row's moment and the new state.
 */
export const tellStateChanged = async (
  trx: Trx,
  {
    partnerId,
    partnerName,
    from,
    to,
    reason,
    at,
  }: { partnerId: string; partnerName: string; from: TPartnerState; to: TPartnerState; reason: string; at: Date },
) => {
  const event = { rule: 'AT-4.1', partnerId, facts: { partnerName, state: to, reason }, subject: `partner:${partnerId}`, at }
  await addNotice(trx, [{ partnerId }], {
    ...event,
    kind: 'partner.stateChanged',
    eventKey: `partner.stateChanged:${partnerId}:${from}:${to}:${at.toISOString()}`,
  })
  if (to === 'expulsion_pending')
    await addNotice(trx, ['staff'], { ...event, kind: 'staff.expulsionPending', eventKey: `staff.expulsionPending:${partnerId}:${at.toISOString()}` })
}

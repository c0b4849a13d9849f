import { randomUUID } from 'node:crypto'
import type { TSystemNote } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'
import { findViolation, insertViolation, noteCodeColumns } from '../../../store/queries/violations'
import { appendAudit } from '../../audit'
import type { Actor } from '../../context'
import { queueViolationNote } from '../../crm-writes/steps/queue-crm-writes'
import type { Deps } from '../../deps'
import { toViolation } from '../../dto/to-violation'
import { tellViolation } from '../../notices/steps/tell-partner-state'
import { notifyViolation } from './notify-violation'
import { recomputePartnerState } from './recompute-partner-state'

type NewViolation = {
  partnerId: string
  rule: string
  note: string
  /** The code and facts of a note the relay worded itself; absent for one vendor staff typed. */
  systemNote?: TSystemNote
  occurredOn: string
  source: 'staff' | 'auto-overdue'
  invoiceId?: string
}

/** Inserts a violation, tells the partner and applies its consequence (AT-4.1); shared by staff and the overdue scan. */
export const addViolation = async (trx: Trx, deps: Deps, actor: Actor | { kind: 'system' }, now: Date, v: NewViolation) => {
  const id = randomUUID()
  await insertViolation(trx, {
    id,
    partner_id: v.partnerId,
    rule: v.rule,
    source: v.source,
    invoice_id: v.invoiceId ?? null,
    note: v.note,
    ...noteCodeColumns(v.systemNote),
    occurred_on: v.occurredOn,
    // Recorded, listed on the partner's overview and e-mailed below: the partner is told now (AT-4.1).
    noticed_at: now,
  })
  const violation = toViolation((await findViolation(trx, id))!)
  await notifyViolation(trx, deps.program, violation)
  await queueViolationNote(trx, {
    violation: { id, partnerId: v.partnerId, rule: v.rule, occurredOn: v.occurredOn, note: v.note, invoiceId: v.invoiceId ?? null },
    now,
  })
  await appendAudit(trx, actor, { action: 'violation.recorded', entity: 'violation', entityId: id, after: violation, reason: v.note })
  const state = await recomputePartnerState(trx, deps, { actor, now, partnerId: v.partnerId, reason: `Violation of ${v.rule}: ${v.note}` })
  await tellViolation(trx, { violation, state, at: now })
  return violation
}

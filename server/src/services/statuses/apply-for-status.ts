import { randomUUID } from 'node:crypto'
import { AppError } from '../../../../shared/src/contract'
import { findStatus } from '../../domain/program/find-status'
import { isUniqueViolation } from '../../store/create-db'
import { lockPartner } from '../../store/queries/partners'
import { findPendingApplicationOf, insertStatusApplication } from '../../store/queries/statuses'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toJson } from '../json'
import { runWrite } from '../run-write'
import { today } from '../today'
import { canApplyFor } from './steps/can-apply-for'
import { currentChecklist } from './steps/current-checklist'
import { loadApplication } from './steps/load-application'

/**
 * A partner applies for a status granted on application, Silver (AG-3.3a), from its overview
 * page. The checklist as it stands goes with the application for vendor staff to decide on.
 * @throws not_entitled when the program or the partner's standing does not allow it; invalid_state while one is pending.
 */
export const applyForStatus = (deps: Deps, ctx: Ctx, body: { status: string; note?: string }) =>
  runWrite(deps, ctx, { route: 'applyForStatus', body }, async (trx) => {
    const partnerId = requirePartner(ctx)
    const partner = await lockPartner(trx, partnerId)
    const target = findStatus(deps.program, body.status)
    if (!deps.program.statusApplication?.statuses.includes(target.id)) {
      throw new AppError('not_entitled', `"${target.name}" is not granted on application in this program`, { rule: 'AG-3.3a' })
    }
    const pending = await findPendingApplicationOf(trx, partnerId)
    if (pending)
      throw new AppError('invalid_state', 'An application is already waiting for the vendor', { rule: 'AG-3.3a', details: { applicationId: pending.id } })
    if (!(await canApplyFor(trx, deps, partner)).includes(target.id)) {
      throw new AppError('not_entitled', `An authorized partner below "${target.name}" may apply for it; you hold "${partner.status}"`, { rule: 'AG-3.3a' })
    }
    const checklist = await currentChecklist(trx, deps, { partner, status: target.id, now: ctx.now })
    const id = randomUUID()
    const row = {
      id,
      partner_id: partnerId,
      status: target.id,
      state: 'pending' as const,
      applied_on: today(deps, ctx),
      note: body.note ?? null,
      checklist: JSON.stringify(toJson(checklist)),
      created_at: ctx.now,
    }
    try {
      await insertStatusApplication(trx, row)
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('invalid_state', 'An application is already waiting for the vendor', { rule: 'AG-3.3a' })
      throw error
    }
    await appendAudit(trx, ctx.actor, {
      action: 'status-application.submitted',
      entity: 'status-application',
      entityId: id,
      after: { status: target.id, note: row.note },
    })
    return { application: await loadApplication(trx, deps, id) }
  })

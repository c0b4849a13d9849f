import { randomUUID } from 'node:crypto'
import { AppError, type ErrorCode, type TPin } from '../../../../shared/src/contract'
import { DomainError } from '../../domain/domain-error'
import { effectiveStatus } from '../../domain/partners/partner-terms'
import { pinDecisionDue } from '../../domain/pins/pin-decision-due'
import { checkRegistrationRights } from '../../domain/statuses/check-registration-rights'
import { isLosingStatus } from '../../domain/violations/check-standing'
import type { Trx } from '../../store/db'
import { getPartner } from '../../store/queries/partners'
import { findLivePin, findPin, insertPinInterest } from '../../store/queries/pins'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import { queuePinRequestTask } from '../crm-writes/steps/queue-crm-writes'
import { rememberCard } from '../crm-writes/steps/remember-card'
import type { Deps } from '../deps'
import { toPartnerFacts } from '../dto/to-partner'
import { toPin } from '../dto/to-pin'
import { tellPinRequested } from '../notices/steps/tell-pin'
import { runWrite } from '../run-write'
import { today } from '../today'
import { checkPinFor, placePin } from './steps/place-pin'

type Refusal = { code: ErrorCode; message: string; rule?: string; details?: unknown }

/**
 * A request refused because another partner's request for the account waits for a decision: the
 * refusal stands (the first request wins by default, AT-1.2a), and this partner's interest is
 * recorded beside it for staff, who decide. Any other refusal is thrown as it is.
 */
const recordInterest = async (trx: Trx, ctx: Ctx, { partnerId, accountNumber, error }: { partnerId: string; accountNumber: string; error: unknown }) => {
  const details = error instanceof DomainError ? (error.details as { reason?: string } | undefined) : undefined
  if (!(error instanceof DomainError) || error.code !== 'pin_conflict' || details?.reason !== 'requested-by-other') throw error
  const pending = await findLivePin(trx, accountNumber)
  if (!pending) throw error
  const isFirst = await insertPinInterest(trx, { id: randomUUID(), pinId: pending.id, partnerId, at: ctx.now })
  if (isFirst)
    await appendAudit(trx, ctx.actor, { action: 'pin.interest-recorded', entity: 'pin', entityId: pending.id, after: { partnerId }, reason: error.message })
  return { refusal: { code: error.code, message: error.message, rule: error.rule, details: error.details } satisfies Refusal }
}

/**
 * A partner requests a pin on a registered client account (AT-1.2). Conflicts are refused with the
 * reason (AT-1.2a); a refusal for another partner's undecided request is recorded as this partner's
 * interest for staff to see, and still refused. The partial unique index on live pins makes two
 * racing partners end with exactly one live pin. Approved at once when the program says so (AT-4.4).
 * Where the program protects deals, the pin is a client registration of the partner's privilege (AG-4).
 */
export const requestPin = async (deps: Deps, ctx: Ctx, body: { accountNumber: string }) => {
  const answer = await placeRequest(deps, ctx, body)
  // Thrown after the transaction, so the interest it recorded stays (a replay refuses the same way, X-6).
  if ('refusal' in answer) throw new AppError(answer.refusal.code, answer.refusal.message, { rule: answer.refusal.rule, details: answer.refusal.details })
  return answer
}

const placeRequest = (deps: Deps, ctx: Ctx, body: { accountNumber: string }) =>
  runWrite(deps, ctx, { route: 'requestPin', body }, async (trx): Promise<{ pin: TPin } | { refusal: Refusal }> => {
    const partnerId = requirePartner(ctx)
    const partner = await getPartner(trx, partnerId)
    // Losing status is refused by the pin check itself, with its own code (AT-4.1, AG-1.5).
    if (!isLosingStatus(partner.state))
      checkRegistrationRights({ program: deps.program, status: effectiveStatus(deps.program, toPartnerFacts(partner)), kind: 'client' })
    let checked: Awaited<ReturnType<typeof checkPinFor>>
    try {
      checked = await checkPinFor(trx, deps, partner, body.accountNumber)
    } catch (error) {
      return recordInterest(trx, ctx, { partnerId, accountNumber: body.accountNumber, error })
    }
    const { client, livePin, verdict } = checked
    await rememberCard(trx, ctx, client.account_number)
    if (verdict === 'own' && livePin) return { pin: toPin(livePin) }
    const { id, action } = await placePin(trx, deps, ctx, { partnerId, accountNumber: client.account_number })
    const pin = toPin((await findPin(trx, id))!)
    await tellPinRequested(trx, { pin, at: ctx.now })
    await appendAudit(trx, ctx.actor, { action, entity: 'pin', entityId: id, after: pin })
    if (pin.state === 'requested') {
      const day = today(deps, ctx)
      const { dueOn } = pinDecisionDue({ requestedOn: day, today: day, workingDays: deps.program.pinDecisionWorkingDays, calendars: deps.calendars })
      await queuePinRequestTask(trx, { pin, dueOn, now: ctx.now })
    }
    return { pin }
  })

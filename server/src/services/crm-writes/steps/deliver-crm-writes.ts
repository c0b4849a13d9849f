import { transferDoneText } from '../../../domain/crm-writes/crm-write-texts'
import { endOfDay } from '../../../domain/crm-writes/end-of-day'
import { lockCrmAccess, stopCrmAccess } from '../../../store/queries/crm-access'
import {
  claimCrmWrite,
  crmCardsOf,
  dueCrmWrites,
  findCrmWrite,
  findCrmWriteSettings,
  setCrmWriteDone,
  setCrmWriteEnded,
  setCrmWriteRetry,
} from '../../../store/queries/crm-writes'
import type { CrmWriteRow } from '../../../store/schema'
import { inTransaction } from '../../../store/transaction'
import { appendAudit } from '../../audit'
import { refreshAccess } from '../../crm-access/steps/refresh-access'
import type { Deps } from '../../deps'
import { type Card, type CrmAnswer, type CrmWrite, callCrm } from './crm-api'

type Row = CrmWriteRow

const BATCH = 20
/** The longest wait between two tries: a CRM down for a day is tried a few times an hour, never given up. */
const MAX_BACKOFF_MS = 6 * 3600_000
/** Spacing of calls within a pass: amoCRM takes 7 requests/s per integration, Bitrix24 about 2/s per portal. */
const PACE_MS = { amocrm: 150, bitrix24: 500 } as const

/** A minute after the first failure, doubling up to six hours. */
export const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS)

type Outcome =
  | { kind: 'done'; crmId: string | null; card: Card | null }
  | { kind: 'ended'; state: 'skipped' | 'failed'; reason: string }
  | { kind: 'retry'; reason: string }

/** The card to write on: the kind the installation chose if its widget was used on one, else the latest seen. */
const cardFor = async (deps: Deps, row: Row): Promise<Card | null> => {
  if (!row.account_number) return null
  const cards = await crmCardsOf(deps.db, row.installation_id, row.account_number)
  const preferred = (await findCrmWriteSettings(deps.db, row.installation_id))?.entity_type
  const card = cards.find((each) => each.entity_type === preferred) ?? cards[0]
  return card ? { type: card.entity_type, id: card.entity_id } : null
}

/** What to send, or why nothing will be. */
const writeOf = async (deps: Deps, row: Row): Promise<{ write: CrmWrite; card: Card | null } | Outcome> => {
  if (row.kind === 'close-task') {
    const task = row.task_key ? await findCrmWrite(deps.db, row.task_key) : undefined
    if (task?.state === 'pending') return { kind: 'retry', reason: 'the task is not written yet' }
    if (task?.state !== 'done' || !task.crm_id) return { kind: 'ended', state: 'skipped', reason: 'the task was never written' }
    const card = task.entity_type && task.entity_id ? { type: task.entity_type, id: task.entity_id } : null
    return { write: { kind: 'close-task', taskId: task.crm_id, card, resultText: transferDoneText(row.text) }, card }
  }
  const card = await cardFor(deps, row)
  if (row.kind === 'note') {
    if (!card) return { kind: 'ended', state: 'skipped', reason: 'no-card: the widget was never used on this client’s card' }
    return { write: { kind: 'note', text: row.text, card }, card }
  }
  const responsibleUserId = (await findCrmWriteSettings(deps.db, row.installation_id))?.responsible_user_id ?? null
  const due = endOfDay(row.due_on ?? row.created_at.toISOString().slice(0, 10), deps.program.timeZone)
  return { write: { kind: 'task', text: row.text, due, card, responsibleUserId }, card }
}

/** A token the CRM refused although the OAuth server just gave it: access must be granted again. */
const markNeedsReauthorisation = async (deps: Deps, installationId: string, now: Date) => {
  await inTransaction(deps.db, async (trx) => {
    const row = await lockCrmAccess(trx, installationId)
    if (row?.state !== 'active') return
    await stopCrmAccess(trx, { installationId, state: 'needs-reauthorisation', problem: 'api-unauthorized', updatedAt: now })
    await appendAudit(
      trx,
      { kind: 'system' },
      { action: 'crm-access.needs-reauthorisation', entity: 'installation', entityId: installationId, reason: 'api-unauthorized' },
    )
  })
  deps.logger.warn({ installationId }, 'the CRM refused a fresh token: the installation needs re-authorisation')
}

const fromAnswer = (answer: CrmAnswer, card: Card | null): Outcome => {
  if (answer.kind === 'ok') return { kind: 'done', crmId: answer.id, card }
  if (answer.kind === 'refused') return { kind: 'ended', state: 'failed', reason: `refused: ${answer.reason}` }
  if (answer.kind === 'retry') return { kind: 'retry', reason: answer.reason }
  return { kind: 'retry', reason: 'needs-reauthorisation' }
}

const deliverOne = async (deps: Deps, row: Row, now: Date, called: { crm?: 'amocrm' | 'bitrix24' }): Promise<Outcome> => {
  const planned = await writeOf(deps, row)
  if ('kind' in planned) return planned
  const access = await refreshAccess(deps, row.installation_id, now)
  if (access.kind === 'unavailable') return { kind: 'retry', reason: `OAuth server: ${access.reason}` }
  // Waits for the partner to grant access again; a revoked or never-granted access has nothing to wait for.
  if (access.kind === 'stopped')
    return access.state === 'needs-reauthorisation'
      ? { kind: 'retry', reason: 'needs-reauthorisation' }
      : { kind: 'ended', state: 'skipped', reason: `access ${access.state}` }
  called.crm = access.crm
  if (planned.write.kind === 'task' && !planned.card && access.crm === 'bitrix24')
    return { kind: 'ended', state: 'skipped', reason: 'no-card: a Bitrix24 activity needs a card' }
  const first = await callCrm(access.crm, access.apiHost, access.accessToken, planned.write)
  if (first.kind !== 'unauthorized') return fromAnswer(first, planned.card)
  // A 401: refresh once and try again; a second 401 means the grant no longer works.
  const refreshed = await refreshAccess(deps, row.installation_id, now, { force: true })
  if (refreshed.kind !== 'token')
    return { kind: 'retry', reason: refreshed.kind === 'unavailable' ? `OAuth server: ${refreshed.reason}` : 'needs-reauthorisation' }
  const second = await callCrm(refreshed.crm, refreshed.apiHost, refreshed.accessToken, planned.write)
  if (second.kind === 'unauthorized') await markNeedsReauthorisation(deps, row.installation_id, now)
  return fromAnswer(second, planned.card)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Makes the queued tasks and notes in the installations' CRMs (issue 12), outside any request's
 * transaction. Each row is claimed by bumping its attempt count only if nobody else did, so relays
 * sharing a database never write one twice; a failure is tried again with a growing wait, and the
 * installation's later writes wait behind it, so its CRM sees them in order.
 */
export const deliverCrmWrites = async (deps: Deps, now: Date, { isPaced = true }: { isPaced?: boolean } = {}) => {
  const rows = await dueCrmWrites(deps.db, { now, limit: BATCH })
  const held = new Set<string>()
  const counts = { done: 0, ended: 0, retried: 0 }
  for (const row of rows) {
    if (held.has(row.installation_id)) continue
    if (!(await claimCrmWrite(deps.db, row))) continue
    let outcome: Outcome
    const called: { crm?: 'amocrm' | 'bitrix24' } = {}
    try {
      outcome = await deliverOne(deps, row, now, called)
    } catch (error) {
      deps.logger.warn({ err: error, crmWriteId: String(row.id) }, 'CRM write failed')
      outcome = { kind: 'retry', reason: 'relay error' }
    }
    if (outcome.kind === 'done') {
      await setCrmWriteDone(deps.db, { id: row.id, at: now, crmId: outcome.crmId, entity: outcome.card })
      counts.done += 1
    } else if (outcome.kind === 'ended') {
      await setCrmWriteEnded(deps.db, { id: row.id, state: outcome.state, at: now, error: outcome.reason })
      counts.ended += 1
    } else {
      held.add(row.installation_id)
      await setCrmWriteRetry(deps.db, { id: row.id, nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts + 1)), error: outcome.reason })
      counts.retried += 1
    }
    if (isPaced && called.crm) await pause(PACE_MS[called.crm])
  }
  return counts
}

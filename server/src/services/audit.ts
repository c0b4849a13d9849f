import type { Trx } from '../store/db'
import { insertAuditEntry } from '../store/queries/audit-log'
import type { Actor } from './context'

type AuditEntry = {
  action: string
  entity: string
  entityId: string
  before?: unknown
  after?: unknown
  reason?: string | null
}

const who = (actor: Actor | { kind: 'system' }) =>
  'crm' in actor
    ? { actor_kind: actor.kind, crm: actor.crm, account: actor.account, user_id: actor.userId }
    : { actor_kind: actor.kind, crm: null, account: null, user_id: null }

/** Appends one state change to the audit trail in the caller's transaction. */
export const appendAudit = async (trx: Trx, actor: Actor | { kind: 'system' }, entry: AuditEntry) => {
  await insertAuditEntry(trx, {
    ...who(actor),
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    reason: entry.reason ?? null,
  })
}

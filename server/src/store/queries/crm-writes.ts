import type { Db, Trx } from '../db'
import type { CrmEntityType, CrmWriteKind } from '../schema'

export type CrmWriteFlags = { transferTasks: boolean; pinNotes: boolean; violationNotes: boolean; pinRequestTasks: boolean }
export type StoredCrmWriteSettings = CrmWriteFlags & { entityType: CrmEntityType; responsibleUserId: string | null }

export const findCrmWriteSettings = (db: Db, installationId: string) =>
  db.selectFrom('crm_write_settings').selectAll().where('installation_id', '=', installationId).executeTakeFirst()

export const saveCrmWriteSettings = async (trx: Trx, installationId: string, settings: StoredCrmWriteSettings, updatedAt: Date) => {
  const row = {
    transfer_tasks: settings.transferTasks,
    pin_notes: settings.pinNotes,
    violation_notes: settings.violationNotes,
    pin_request_tasks: settings.pinRequestTasks,
    entity_type: settings.entityType,
    responsible_user_id: settings.responsibleUserId,
    updated_at: updatedAt,
  }
  await trx
    .insertInto('crm_write_settings')
    .values({ installation_id: installationId, ...row })
    .onConflict((oc) => oc.column('installation_id').doUpdateSet(row))
    .execute()
}

type Flag = 'transfer_tasks' | 'pin_notes' | 'violation_notes' | 'pin_request_tasks'

/**
 * The installations that asked for one kind of write: a partner's own (when `partnerId` is given)
 * or the vendor's staff installations. Only those the relay holds access to; the others are told
 * nothing they could not receive.
 */
export const installationsWriting = (trx: Trx, { flag, partnerId }: { flag: Flag; partnerId: string | null }) => {
  let query = trx
    .selectFrom('crm_write_settings')
    .innerJoin('installations', 'installations.id', 'crm_write_settings.installation_id')
    .select(['installations.id', 'installations.crm', 'crm_write_settings.responsible_user_id'])
    .where(`crm_write_settings.${flag}`, '=', true)
  query = partnerId === null ? query.where('installations.role', '=', 'vendor') : query.where('installations.partner_id', '=', partnerId)
  return query.orderBy('installations.created_at').execute()
}

/** Remembers the card an installation's widget was used on for a client (the latest one of each entity type). */
export const rememberCrmCard = async (
  trx: Trx,
  values: { installationId: string; accountNumber: string; entityType: CrmEntityType; entityId: string; seenAt: Date },
) => {
  const row = { entity_id: values.entityId, seen_at: values.seenAt }
  await trx
    .insertInto('crm_cards')
    .values({ installation_id: values.installationId, account_number: values.accountNumber, entity_type: values.entityType, ...row })
    .onConflict((oc) => oc.columns(['installation_id', 'account_number', 'entity_type']).doUpdateSet(row))
    .execute()
}

export const crmCardsOf = (db: Db, installationId: string, accountNumber: string) =>
  db
    .selectFrom('crm_cards')
    .select(['entity_type', 'entity_id', 'seen_at'])
    .where('installation_id', '=', installationId)
    .where('account_number', '=', accountNumber)
    .orderBy('seen_at', 'desc')
    .execute()

export type QueuedCrmWrite = {
  installationId: string
  event: string
  subjectId: string
  kind: CrmWriteKind
  accountNumber: string | null
  text: string
  dueOn?: string
  taskKey?: string
  at: Date
}

export const crmWriteKey = ({ event, subjectId, installationId }: { event: string; subjectId: string; installationId: string }) =>
  `${event}:${subjectId}:${installationId}`

/** Queues one write in the caller's transaction; a second queueing of the same event is nothing. */
export const queueCrmWrite = async (trx: Trx, write: QueuedCrmWrite) => {
  await trx
    .insertInto('crm_writes')
    .values({
      key: crmWriteKey(write),
      installation_id: write.installationId,
      event: write.event,
      subject_id: write.subjectId,
      kind: write.kind,
      account_number: write.accountNumber,
      text: write.text,
      due_on: write.dueOn ?? null,
      task_key: write.taskKey ?? null,
      next_attempt_at: write.at,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
}

/** The tasks queued for a subject (an invoice's transfer), whatever became of them. */
export const crmTasksFor = (trx: Trx, { event, subjectId }: { event: string; subjectId: string }) =>
  trx
    .selectFrom('crm_writes')
    .select(['key', 'installation_id', 'account_number', 'state'])
    .where('subject_id', '=', subjectId)
    .where('event', '=', event)
    .execute()

export const findCrmWrite = (db: Db, key: string) => db.selectFrom('crm_writes').selectAll().where('key', '=', key).executeTakeFirst()

/** Writes due now, oldest first. */
export const dueCrmWrites = (db: Db, { now, limit }: { now: Date; limit: number }) =>
  db.selectFrom('crm_writes').selectAll().where('state', '=', 'pending').where('next_attempt_at', '<=', now).orderBy('id').limit(limit).execute()

/** Claims a write for one attempt; false when another relay claimed it since it was read. */
export const claimCrmWrite = async (db: Db, { id, attempts }: { id: bigint; attempts: number }): Promise<boolean> => {
  const claimed = await db
    .updateTable('crm_writes')
    .set({ attempts: attempts + 1 })
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .where('state', '=', 'pending')
    .executeTakeFirst()
  return claimed.numUpdatedRows !== 0n
}

export const setCrmWriteDone = async (db: Db, values: { id: bigint; at: Date; crmId: string | null; entity: { type: CrmEntityType; id: string } | null }) => {
  await db
    .updateTable('crm_writes')
    .set({
      state: 'done',
      done_at: values.at,
      crm_id: values.crmId,
      entity_type: values.entity?.type ?? null,
      entity_id: values.entity?.id ?? null,
      last_error: null,
    })
    .where('id', '=', values.id)
    .execute()
}

/** Ends a write that will never be made (no card, access revoked, refused by the CRM), with why. */
export const setCrmWriteEnded = async (db: Db, values: { id: bigint; state: 'skipped' | 'failed'; at: Date; error: string }) => {
  await db
    .updateTable('crm_writes')
    .set({ state: values.state, done_at: values.at, last_error: values.error.slice(0, 300) })
    .where('id', '=', values.id)
    .execute()
}

/** Tries again later: the CRM was down, rate-limited, or access waits for re-authorisation. */
export const setCrmWriteRetry = async (db: Db, values: { id: bigint; nextAttemptAt: Date; error: string }) => {
  await db
    .updateTable('crm_writes')
    .set({ next_attempt_at: values.nextAttemptAt, last_error: values.error.slice(0, 300) })
    .where('id', '=', values.id)
    .execute()
}

/** How many of an installation's writes are in each state, for its settings screen. */
export const countCrmWrites = async (db: Db, installationId: string) => {
  const rows = await db
    .selectFrom('crm_writes')
    .select(['state', (eb) => eb.fn.countAll<string>().as('count')])
    .where('installation_id', '=', installationId)
    .groupBy('state')
    .execute()
  const counts = { pending: 0, done: 0, skipped: 0, failed: 0 }
  for (const row of rows) counts[row.state] = Number(row.count)
  return counts
}

import type { TCrmEntityType } from '../../../../../shared/src/contract'
import { type OutboundAnswer, outbound } from '../../crm-access/steps/outbound'

/**
 * What a CRM said to one write: done (with the id it gave the task or note); the token was refused
 * (refresh and try once more); try later (down, 5xx, rate limit); or refused for good (the card is
 * gone, the request is not one it takes).
 */
export type CrmAnswer = { kind: 'ok'; id: string | null } | { kind: 'unauthorized' } | { kind: 'retry'; reason: string } | { kind: 'refused'; reason: string }

export type Card = { type: TCrmEntityType; id: string }

/** The write itself, whichever CRM takes it. */
export type CrmWrite =
  | { kind: 'task'; text: string; due: { unix: number; iso: string }; card: Card | null; responsibleUserId: string | null }
  | { kind: 'close-task'; taskId: string; card: Card | null; resultText: string }
  | { kind: 'note'; text: string; card: Card }

const AMOCRM_ENTITIES: Record<TCrmEntityType, string | undefined> = { company: 'companies', contact: 'contacts', lead: 'leads', deal: undefined }
/** Bitrix24's entityTypeId of each card kind (PLATFORMS.md). */
const BITRIX24_TYPE_IDS: Record<TCrmEntityType, number> = { company: 4, contact: 3, deal: 2, lead: 1 }

const idOf = (value: unknown) => (typeof value === 'number' || (typeof value === 'string' && /^\d{1,20}$/.test(value)) ? String(value) : null)
const word = (value: unknown) => (typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : null)

const classify = (answer: OutboundAnswer, readId: (body: Record<string, unknown> | null) => string | null): CrmAnswer => {
  if (answer.kind === 'failed') return { kind: 'retry', reason: answer.reason }
  const { status, body } = answer
  const error = word(body?.error)
  if (status === 401 || error === 'expired_token' || error === 'invalid_token' || error === 'NO_AUTH_FOUND') return { kind: 'unauthorized' }
  if (status === 429 || status >= 500 || error === 'QUERY_LIMIT_EXCEEDED') return { kind: 'retry', reason: error ?? `HTTP ${status}` }
  if (status >= 300 || error) return { kind: 'refused', reason: error ?? `HTTP ${status}` }
  return { kind: 'ok', id: readId(body) }
}

const embeddedId = (list: string) => (body: Record<string, unknown> | null) => {
  const embedded = body?._embedded as Record<string, { id?: unknown }[]> | undefined
  return idOf(embedded?.[list]?.[0]?.id)
}

/** amoCRM's REST API v4 on the account's own host (PLATFORMS.md: tasks, notes). */
const amocrm = async (host: string, token: string, write: CrmWrite): Promise<CrmAnswer> => {
  const base = `https://${host}/api/v4`
  if (write.kind === 'task') {
    const entityType = write.card ? AMOCRM_ENTITIES[write.card.type] : undefined
    const task = {
      text: write.text,
      complete_till: write.due.unix,
      task_type_id: 1,
      ...(write.card && entityType ? { entity_id: Number(write.card.id), entity_type: entityType } : {}),
      ...(write.responsibleUserId ? { responsible_user_id: Number(write.responsibleUserId) } : {}),
    }
    return classify(await outbound({ url: `${base}/tasks`, method: 'POST', json: [task], bearer: token }), embeddedId('tasks'))
  }
  if (write.kind === 'close-task') {
    const json = { is_completed: true, result: { text: write.resultText } }
    return classify(await outbound({ url: `${base}/tasks/${write.taskId}`, method: 'PATCH', json, bearer: token }), () => write.taskId)
  }
  const entity = AMOCRM_ENTITIES[write.card.type]
  if (!entity) return { kind: 'refused', reason: `amoCRM has no ${write.card.type} cards` }
  const note = { entity_id: Number(write.card.id), note_type: 'common', params: { text: write.text } }
  return classify(await outbound({ url: `${base}/${entity}/notes`, method: 'POST', json: [note], bearer: token }), embeddedId('notes'))
}

const resultId = (body: Record<string, unknown> | null) => {
  const result = body?.result as { id?: unknown } | number | string | undefined
  return typeof result === 'object' && result !== null ? idOf(result.id) : idOf(result)
}

/** Bitrix24's REST on the portal stored at link time; the token travels in the JSON body, never in the URL. */
const bitrix24 = async (host: string, token: string, write: CrmWrite): Promise<CrmAnswer> => {
  const call = async (method: string, params: Record<string, unknown>, readId: (body: Record<string, unknown> | null) => string | null) =>
    classify(await outbound({ url: `https://${host}/rest/${method}`, method: 'POST', json: { ...params, auth: token } }), readId)
  if (write.kind === 'task') {
    if (!write.card) return { kind: 'refused', reason: 'no-card' }
    return call(
      'crm.activity.todo.add',
      {
        ownerTypeId: BITRIX24_TYPE_IDS[write.card.type],
        ownerId: Number(write.card.id),
        deadline: write.due.iso,
        title: write.text,
        description: write.text,
        ...(write.responsibleUserId ? { responsibleId: Number(write.responsibleUserId) } : {}),
      },
      resultId,
    )
  }
  if (write.kind === 'close-task') return call('crm.activity.update', { id: Number(write.taskId), fields: { COMPLETED: 'Y' } }, () => write.taskId)
  if (write.card.type === 'lead') return { kind: 'refused', reason: 'The relay writes Bitrix24 notes on companies, contacts and deals' }
  return call('crm.timeline.comment.add', { fields: { ENTITY_ID: Number(write.card.id), ENTITY_TYPE: write.card.type, COMMENT: write.text } }, resultId)
}

/** One write to an installation's CRM, on the only host stored for it (issue 12). */
export const callCrm = (crm: 'amocrm' | 'bitrix24', host: string, token: string, write: CrmWrite) =>
  crm === 'amocrm' ? amocrm(host, token, write) : bitrix24(host, token, write)

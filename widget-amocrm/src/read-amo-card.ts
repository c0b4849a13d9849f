import type { CardFacts, EntityType } from '../../shared/src/host/crm-host'
import type { AmoApp } from './amocrm-types'
import { type AmoCustomField, type AmoFieldDefinition, findAccountNumber, findFieldId } from './find-account-number'

const API_PATHS: Record<string, EntityType> = { leads: 'lead', contacts: 'contact', companies: 'company' }

export type AmoEntity = { type: EntityType; id: string; apiPath: string }

/** The open card (lead, contact or company), or null anywhere else. */
export const currentEntity = (app: AmoApp | undefined): AmoEntity | null => {
  const apiPath = app?.getBaseEntity?.()
  const card = app?.data?.current_card
  if (!apiPath || !API_PATHS[apiPath] || !card || card.id === undefined || card.id === null || String(card.id) === '0') return null
  return { type: API_PATHS[apiPath], id: String(card.id), apiPath }
}

/** Reads the card through amoCRM's own API on the same origin (the user's session). */
export const readAmoCard = async (entity: AmoEntity, accountField: string): Promise<CardFacts> => {
  const response = await fetch(`/api/v4/${entity.apiPath}/${encodeURIComponent(entity.id)}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
  if (!response.ok) return { accountNumber: null, title: null }
  const card = (await response.json()) as { name?: string; custom_fields_values?: AmoCustomField[] | null }
  return { accountNumber: findAccountNumber(card.custom_fields_values, accountField), title: card.name?.trim() || null }
}

const sameOrigin = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(path, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...init.headers } })
  // amoCRM answers 403 to a user without the right to edit the card, 204 for an entity it does not have.
  if (!response.ok || response.status === 204) throw new Error(`amoCRM answered ${response.status} to ${path}`)
  return response
}

/**
 * Writes the account number into the card's field named in the settings, through amoCRM's own API on
 * the same origin (the user's session and rights): `PATCH /api/v4/{entity}/{id}` with custom_fields_values.
 */
export const saveAmoAccountNumber = async (entity: AmoEntity, accountField: string, accountNumber: string): Promise<void> => {
  const listed = await (await sameOrigin(`/api/v4/${entity.apiPath}/custom_fields?limit=250`)).json()
  const fieldId = findFieldId((listed as { _embedded?: { custom_fields?: AmoFieldDefinition[] } })._embedded?.custom_fields, accountField)
  if (fieldId === null) throw new Error(`No card field "${accountField}"`)
  await sameOrigin(`/api/v4/${entity.apiPath}/${encodeURIComponent(entity.id)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ custom_fields_values: [{ field_id: fieldId, values: [{ value: accountNumber }] }] }),
  })
}

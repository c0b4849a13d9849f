import type { CardFacts, EntityType } from '../../shared/src/host/crm-host'
import type { AmoApp } from './amocrm-types'
import { type AmoCustomField, findAccountNumber } from './find-account-number'

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

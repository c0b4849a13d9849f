import { ACCOUNT_FIELD, type HarnessClient } from '../harness-clients'
import { PortalError } from './portal-error'

const COMPANY = 4
const CREATED = '2026-02-03T10:15:00+03:00'

/** `UF_CRM_1687188367` → `ufCrm_1687188367`; `UF_CRM_3_1747309727` → `ufCrm3_1747309727`, as crm.item does. */
export const camelUfName = (name: string) => name.replace(/^UF_CRM_(\d+)_(\d+)$/, 'ufCrm$1_$2').replace(/^UF_CRM_(\d+)$/, 'ufCrm_$1')

const ufKey = (useOriginal: boolean) => (useOriginal ? ACCOUNT_FIELD.bitrix24 : camelUfName(ACCOUNT_FIELD.bitrix24))

const isYes = (value: unknown) => value === 'Y' || value === 'y' || value === true

const companyItem = (client: HarnessClient, useOriginal: boolean) => ({
  id: client.cardId,
  title: client.name,
  companyTypeId: 'CUSTOMER',
  industry: 'IT',
  assignedById: 1,
  createdBy: 1,
  updatedBy: 1,
  createdTime: CREATED,
  updatedTime: CREATED,
  opened: 'Y',
  isMyCompany: 'N',
  [ufKey(useOriginal)]: client.accountNumber ?? '',
})

type Params = Record<string, unknown>

/** `crm.item.get {entityTypeId, id, useOriginalUfNames}`: companies only, like a portal with no deals yet. */
export const crmItemGet = (clients: HarnessClient[], params: Params) => {
  const entityTypeId = Number(params.entityTypeId)
  const id = Number(params.id)
  if (!entityTypeId || !id) throw new PortalError(400, 'ERROR_ARGUMENT', 'Required parameters entityTypeId and id are missing')
  const client = entityTypeId === COMPANY ? clients.find((c) => c.cardId === id) : undefined
  if (!client) throw new PortalError(400, 'NOT_FOUND', 'Элемент не найден')
  return { item: companyItem(client, isYes(params.useOriginalUfNames)) }
}

/**
 * `crm.item.update {entityTypeId, id, fields}`: the account-number field, by its camelCased or original
 * name, is remembered on the company so the next crm.item.get shows it, as a portal does. A user
 * without the right to edit is ACCESS_DENIED; any other field is refused, so a wrong name shows.
 */
export const crmItemUpdate = (clients: HarnessClient[], params: Params, mayEdit: boolean) => {
  const entityTypeId = Number(params.entityTypeId)
  const id = Number(params.id)
  const fields = params.fields
  if (!entityTypeId || !id || !fields || typeof fields !== 'object')
    throw new PortalError(400, 'ERROR_ARGUMENT', 'Required parameters entityTypeId, id and fields are missing')
  const client = entityTypeId === COMPANY ? clients.find((c) => c.cardId === id) : undefined
  if (!client) throw new PortalError(400, 'NOT_FOUND', 'Элемент не найден')
  if (!mayEdit) throw new PortalError(403, 'ACCESS_DENIED', 'Доступ запрещён')
  for (const [name, value] of Object.entries(fields)) {
    if (name !== ufKey(true) && name !== ufKey(false)) throw new PortalError(400, 'ERROR_ARGUMENT', `Unknown field ${name}`)
    client.accountNumber = value === null || value === undefined || value === '' ? null : String(value)
  }
  return { item: companyItem(client, false) }
}

const field = (type: string, title: string, upperName: string, extra: Params = {}) => ({
  type,
  isRequired: false,
  isReadOnly: false,
  isImmutable: false,
  isMultiple: false,
  isDynamic: false,
  title,
  upperName,
  ...extra,
})

/** `crm.item.fields {entityTypeId}`: the system fields a card shows plus the account-number user field. */
export const crmItemFields = (params: Params) => {
  if (!Number(params.entityTypeId)) throw new PortalError(400, 'ERROR_ARGUMENT', 'Required parameter entityTypeId is missing')
  const useOriginal = isYes(params.useOriginalUfNames)
  return {
    fields: {
      id: field('integer', 'ID', 'ID', { isReadOnly: true }),
      title: field('string', 'Название', 'TITLE', { isRequired: true }),
      assignedById: field('user', 'Ответственный', 'ASSIGNED_BY_ID'),
      createdTime: field('datetime', 'Дата создания', 'CREATED_TIME', { isReadOnly: true }),
      [ufKey(useOriginal)]: field('string', ACCOUNT_FIELD.name, ACCOUNT_FIELD.bitrix24, {
        isDynamic: true,
        listLabel: ACCOUNT_FIELD.name,
        formLabel: ACCOUNT_FIELD.name,
        filterLabel: ACCOUNT_FIELD.name,
        settings: { SIZE: 20, ROWS: 1, REGEXP: '', MIN_LENGTH: 0, MAX_LENGTH: 0, DEFAULT_VALUE: '' },
      }),
    },
  }
}

import express from 'express'
import { ACCOUNT_FIELD, type HarnessClient } from '../harness-clients'
import type { AmoAccounts } from './amocrm-accounts'

const CREATED_AT = 1_770_102_900
const INN_FIELD_ID = 1_587_203

const textField = (fieldId: number, name: string, value: string) => ({
  field_id: fieldId,
  field_name: name,
  field_code: null,
  field_type: 'text',
  values: [{ value }],
})

const customFields = (client: HarnessClient) => {
  const fields = [
    ...(client.accountNumber ? [textField(ACCOUNT_FIELD.amocrmFieldId, ACCOUNT_FIELD.name, client.accountNumber)] : []),
    ...(client.inn ? [textField(INN_FIELD_ID, 'ИНН', client.inn)] : []),
  ]
  // amoCRM sends null, not an empty list, for a card without custom field values.
  return fields.length > 0 ? fields : null
}

const cookieOf = (req: express.Request, name: string) => Number(new RegExp(`(?:^|;\\s*)${name}=(\\d+)`).exec(req.get('cookie') ?? '')?.[1] ?? 0)
const accountOf = (req: express.Request) => cookieOf(req, 'amo_account')

const fieldDefinition = (id: number, name: string, sort: number) => ({
  id,
  name,
  type: 'text',
  code: null,
  sort,
  is_api_only: false,
  is_deletable: true,
  is_predefined: false,
  entity_type: 'companies',
  enums: null,
})

/** amoCRM's error body: problem details with the status in it. */
const refuse = (res: express.Response, status: number, detail: string) =>
  void res
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ title: status === 403 ? 'Forbidden' : 'Bad Request', type: `https://httpstatus.es/${status}`, status, detail }))

/**
 * The account's own REST API, read and written same-origin by the widget: `/api/v4/companies/{id}`,
 * the companies' field definitions, and `PATCH` of a company's custom_fields_values, remembered so
 * the next read shows the value, as amoCRM does. A user without the right to edit cards gets 403.
 */
export const createCardApi = (clients: HarnessClient[], accounts?: AmoAccounts) => {
  const router = express.Router()
  router.get('/companies/custom_fields', (_req, res) => {
    res.json({
      _total_items: 2,
      _page: 1,
      _embedded: { custom_fields: [fieldDefinition(ACCOUNT_FIELD.amocrmFieldId, ACCOUNT_FIELD.name, 500), fieldDefinition(INN_FIELD_ID, 'ИНН', 501)] },
    })
  })
  router.patch('/companies/:id', express.json(), (req, res) => {
    const client = clients.find((c) => String(c.cardId) === req.params.id)
    if (!client) return void refuse(res, 404, 'Not found')
    const user = accounts?.find(accountOf(req))?.users.find((u) => u.id === cookieOf(req, 'amo_user'))
    if (user?.mayEditCards === false) return void refuse(res, 403, 'Access denied: no rights to edit companies')
    const values: unknown = req.body?.custom_fields_values
    if (!Array.isArray(values)) return void refuse(res, 400, 'custom_fields_values must be an array')
    for (const entry of values as { field_id?: unknown; values?: { value?: unknown }[] }[]) {
      if (![ACCOUNT_FIELD.amocrmFieldId, INN_FIELD_ID].includes(Number(entry?.field_id)))
        return void refuse(res, 400, `Unknown field_id ${String(entry?.field_id)}`)
      const value = entry.values?.[0]?.value
      const text = value === undefined || value === null ? null : String(value)
      if (Number(entry.field_id) === ACCOUNT_FIELD.amocrmFieldId) client.accountNumber = text
      else client.inn = text ?? undefined
    }
    res.json({
      id: client.cardId,
      updated_at: CREATED_AT,
      _links: { self: { href: `${req.protocol}://${req.get('host')}${req.baseUrl}/companies/${client.cardId}` } },
    })
  })
  router.get('/companies/:id', (req, res) => {
    const client = clients.find((c) => String(c.cardId) === req.params.id)
    // amoCRM answers 204 without a body for an id it does not have.
    if (!client) return void res.status(204).end()
    res.json({
      id: client.cardId,
      name: client.name,
      responsible_user_id: 1,
      group_id: 0,
      created_by: 1,
      updated_by: 1,
      created_at: CREATED_AT,
      updated_at: CREATED_AT,
      closest_task_at: null,
      is_deleted: false,
      custom_fields_values: customFields(client),
      account_id: accountOf(req),
      _links: { self: { href: `${req.protocol}://${req.get('host')}${req.baseUrl}/companies/${client.cardId}` } },
      _embedded: { tags: [] },
    })
  })
  router.get(['/contacts/:id', '/leads/:id'], (_req, res) => void res.status(204).end())
  return router
}

import express from 'express'
import { ACCOUNT_FIELD, type HarnessClient } from '../harness-clients'

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

const accountOf = (req: express.Request) => Number(/(?:^|;\s*)amo_account=(\d+)/.exec(req.get('cookie') ?? '')?.[1] ?? 0)

/** The account's own REST API, `/api/v4/companies/{id}`, read same-origin by the widget. */
export const createCardApi = (clients: HarnessClient[]) => {
  const router = express.Router()
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

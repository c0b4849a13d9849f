import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { ACCOUNT_FIELD, type HarnessClient } from '../harness-clients'
import { createAmoAccounts } from './amocrm-accounts'
import { createCardApi } from './card-api'

const clients: HarnessClient[] = [
  { cardId: 9101, name: 'ООО «Без номера»', accountNumber: null },
  { cardId: 9102, name: 'ООО «С номером»', accountNumber: '31000002' },
]
const accounts = createAmoAccounts([
  {
    id: 7,
    subdomain: 'alpha',
    title: 'Alpha',
    users: [
      { id: 1, name: 'Editor', isAdmin: false },
      { id: 2, name: 'Reader', isAdmin: false, mayEditCards: false },
    ],
  },
])
let server: Server
let url: string
beforeAll(async () => {
  server = express().use('/api/v4', createCardApi(clients, accounts)).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const as = (user: number) => ({ cookie: `amo_account=7; amo_user=${user}` })
const patch = (id: number, user: number, body: unknown) =>
  fetch(`${url}/companies/${id}`, { method: 'PATCH', headers: { ...as(user), 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const numberOn = async (id: number) => {
  const card = await (await fetch(`${url}/companies/${id}`, { headers: as(1) })).json()
  return card.custom_fields_values?.find((field: { field_id: number }) => field.field_id === ACCOUNT_FIELD.amocrmFieldId)?.values[0].value ?? null
}

test('the field definitions list the account-number field, so a card without a value can be written', async () => {
  const listed = await (await fetch(`${url}/companies/custom_fields`, { headers: as(1) })).json()
  expect(listed._embedded.custom_fields).toContainEqual(expect.objectContaining({ id: ACCOUNT_FIELD.amocrmFieldId, name: ACCOUNT_FIELD.name }))
})

test('PATCH custom_fields_values is remembered: the next read of the card shows the number, as amoCRM does', async () => {
  const answer = await patch(9101, 1, { custom_fields_values: [{ field_id: ACCOUNT_FIELD.amocrmFieldId, values: [{ value: '31000009' }] }] })
  expect(answer.status).toBe(200)
  expect(await numberOn(9101)).toBe('31000009')
})

test.each([
  {
    label: 'a user without the right to edit cards gets 403',
    user: 2,
    body: { custom_fields_values: [{ field_id: ACCOUNT_FIELD.amocrmFieldId, values: [{ value: '1' }] }] },
    status: 403,
  },
  { label: 'an unknown field is refused', user: 1, body: { custom_fields_values: [{ field_id: 42, values: [{ value: '1' }] }] }, status: 400 },
  { label: 'a body without custom_fields_values is refused', user: 1, body: { name: 'x' }, status: 400 },
])('$label, and the card keeps its number', async ({ user, body, status }) => {
  expect((await patch(9102, user, body)).status).toBe(status)
  expect(await numberOn(9102)).toBe('31000002')
})

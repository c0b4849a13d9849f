import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { ACCOUNT_FIELD } from '../harness-clients'
import { camelUfName } from './crm-items'
import { createFakePortal } from './fake-portal'
import { parsePhpQuery } from './parse-php-query'
import { createPortalRestRouter } from './portal-rest-router'

const portal = createFakePortal(
  [
    {
      memberId: 'm1',
      title: 'Portal',
      users: [
        { id: 1, name: 'A', lastName: 'Admin', isAdmin: true },
        { id: 2, name: 'U', lastName: 'User', isAdmin: false },
        { id: 3, name: 'R', lastName: 'Reader', isAdmin: false, mayEditCards: false },
      ],
    },
  ],
  [
    { cardId: 101, name: 'ООО «Ромашка»', accountNumber: '31000001' },
    { cardId: 102, name: 'ООО «Без номера»', accountNumber: null },
  ],
)
let server: Server
let url: string
beforeAll(async () => {
  const app = express().use('/rest', createPortalRestRouter(portal))
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

const call = async (method: string, body: Record<string, unknown>) => {
  const response = await fetch(`${url}/${method}?bx24_request_id=1`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

test.each([
  { label: 'UF_CRM_<n> becomes ufCrm_<n>', name: 'UF_CRM_1687188367', camel: 'ufCrm_1687188367' },
  { label: 'a smart-process field keeps its type number', name: 'UF_CRM_3_1747309727', camel: 'ufCrm3_1747309727' },
])('crm.item camelCases user fields: $label', ({ name, camel }) => {
  expect(camelUfName(name)).toBe(camel)
})

test('batch commands are parsed the way PHP fills its request', () => {
  expect(parsePhpQuery('entityTypeId=4&id=101&select[]=id&select[]=title&filter[>id]=5')).toEqual({
    entityTypeId: '4',
    id: '101',
    select: { 0: 'id', 1: 'title' },
    filter: { '>id': '5' },
  })
})

test.each([
  { label: 'profile names the token owner', method: 'profile', user: 1, params: {}, status: 200, result: { ID: '1', ADMIN: true } },
  {
    label: 'crm.item.get camelCases the user field',
    method: 'crm.item.get',
    user: 1,
    params: { entityTypeId: 4, id: 101 },
    status: 200,
    result: { item: { title: 'ООО «Ромашка»', [camelUfName(ACCOUNT_FIELD.bitrix24)]: '31000001' } },
  },
  {
    label: 'crm.item.get keeps UF_CRM_ names on request',
    method: 'crm.item.get',
    user: 1,
    params: { entityTypeId: 4, id: 101, useOriginalUfNames: 'Y' },
    status: 200,
    result: { item: { [ACCOUNT_FIELD.bitrix24]: '31000001' } },
  },
  {
    label: 'crm.item.get of an unknown card is NOT_FOUND',
    method: 'crm.item.get',
    user: 1,
    params: { entityTypeId: 4, id: 999 },
    status: 400,
    error: 'NOT_FOUND',
  },
  {
    label: 'placement.bind needs an admin',
    method: 'placement.bind',
    user: 2,
    params: { PLACEMENT: 'CRM_COMPANY_DETAIL_TAB', HANDLER: 'http://relay/card.html' },
    status: 403,
    error: 'ACCESS_DENIED',
  },
  { label: 'an unknown method is ERROR_METHOD_NOT_FOUND', method: 'crm.nothing', user: 1, params: {}, status: 404, error: 'ERROR_METHOD_NOT_FOUND' },
])('$label', async ({ method, user, params, status, result, error }) => {
  const { AUTH_ID } = portal.issueTokens('m1', user)
  const answer = await call(method, { ...params, auth: AUTH_ID })
  expect(answer.status).toBe(status)
  if (result) expect(answer.body.result).toMatchObject(result)
  if (error) expect(answer.body.error).toBe(error)
})

test('binding the same tab and handler twice is refused as already bound', async () => {
  const { AUTH_ID } = portal.issueTokens('m1', 1)
  const bind = { PLACEMENT: 'CRM_DEAL_DETAIL_TAB', HANDLER: 'http://relay/card.html', TITLE: 'Tab', auth: AUTH_ID }
  expect((await call('placement.bind', bind)).body.result).toBe(true)
  expect((await call('placement.bind', bind)).body.error_description).toMatch(/already binded/)
})

test.each([
  {
    label: 'an expired token is 401 expired_token, which the SDK refreshes',
    token: () => {
      portal.expireNextToken('m1')
      return portal.issueTokens('m1', 1).AUTH_ID
    },
    error: 'expired_token',
  },
  { label: 'a token the portal never issued is 401 NO_AUTH_FOUND', token: () => 'made-up', error: 'NO_AUTH_FOUND' },
])('$label', async ({ token, error }) => {
  const answer = await call('profile', { auth: token() })
  expect(answer).toMatchObject({ status: 401, body: { error } })
})

test('batch runs each command with the caller token and reports failures apart', async () => {
  const { AUTH_ID } = portal.issueTokens('m1', 1)
  const answer = await call('batch', {
    halt: 0,
    cmd: { card: 'crm.item.get?entityTypeId=4&id=101', missing: 'crm.item.get?entityTypeId=4&id=5' },
    auth: AUTH_ID,
  })
  expect(answer.body.result.result.card.item.id).toBe(101)
  expect(answer.body.result.result_error.missing.error).toBe('NOT_FOUND')
})

test('a refreshed token works and the preflight of a frame on another origin is answered', async () => {
  const first = portal.issueTokens('m1', 1)
  const next = portal.refresh(first.REFRESH_ID)!
  expect((await call('profile', { auth: next.AUTH_ID })).status).toBe(200)
  const preflight = await fetch(`${url}/profile`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  })
  expect(preflight.status).toBe(204)
  expect(preflight.headers.get('access-control-allow-origin')).toBe('http://app.example')
})

test('crm.item.update remembers the account number, so the next crm.item.get shows it, as a portal does', async () => {
  const { AUTH_ID } = portal.issueTokens('m1', 2)
  const update = await call('crm.item.update', { entityTypeId: 4, id: 102, fields: { [camelUfName(ACCOUNT_FIELD.bitrix24)]: '31000009' }, auth: AUTH_ID })
  expect(update.status).toBe(200)
  const read = await call('crm.item.get', { entityTypeId: 4, id: 102, useOriginalUfNames: 'Y', auth: AUTH_ID })
  expect(read.body.result.item[ACCOUNT_FIELD.bitrix24]).toBe('31000009')
})

test.each([
  {
    label: 'a user without the right to edit is ACCESS_DENIED',
    user: 3,
    fields: { [ACCOUNT_FIELD.bitrix24]: '31000008' },
    status: 403,
    error: 'ACCESS_DENIED',
  },
  { label: 'an unknown field is refused', user: 2, fields: { ufCrm_404: '31000008' }, status: 400, error: 'ERROR_ARGUMENT' },
])('crm.item.update: $label, and the card keeps its number', async ({ user, fields, status, error }) => {
  const { AUTH_ID } = portal.issueTokens('m1', user)
  const answer = await call('crm.item.update', { entityTypeId: 4, id: 101, fields, auth: AUTH_ID })
  expect(answer).toMatchObject({ status, body: { error } })
  const read = await call('crm.item.get', { entityTypeId: 4, id: 101, useOriginalUfNames: 'Y', auth: AUTH_ID })
  expect(read.body.result.item[ACCOUNT_FIELD.bitrix24]).toBe('31000001')
})

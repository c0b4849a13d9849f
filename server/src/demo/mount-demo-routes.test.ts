import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { readConfig } from '../config'
import { startTestRelay, type TestRelay } from '../http/test-support/start-test-relay'
import { withDemoDefaults } from '../web/demo-settings'
import { DEMO_IDENTITIES } from './demo-identities'
import { mountDemoRoutes } from './mount-demo-routes'

let relay: TestRelay
afterEach(() => relay?.close())

const startDemo = (env: Record<string, string> = {}) => startTestRelay({ extraRoutes: (app) => mountDemoRoutes(app, withDemoDefaults(readConfig(env), env)) })

const tokensOf = (html: string) => JSON.parse(/<script type="application\/json" id="b24-config">(.*?)<\/script>/s.exec(html)![1]).tokens

test('the start page lets a newcomer pick a role and a card in both CRMs', async () => {
  relay = await startDemo()
  const html = await (await fetch(`${relay.url}/demo`)).text()
  for (const who of ['vendor', 'alpha', 'beta'] as const) {
    expect(html).toContain(`account=${DEMO_IDENTITIES[who].amocrm}`)
    expect(html).toContain(`member=${DEMO_IDENTITIES[who].bitrix24}`)
  }
  expect(html).toContain('/demo/amocrm/companies/detail/8061')
  expect(html).toContain('Сотрудник вендора')
  expect(html).toContain(`Демо-данные лежат в <code>${path.resolve('data/demo')}</code>`)
})

test('the start page names the directory DATA_DIR points at, not the default', async () => {
  relay = await startDemo({ DATA_DIR: '/srv/relay/demo-elsewhere' })
  const html = await (await fetch(`${relay.url}/demo`)).text()
  expect(html).toContain('Демо-данные лежат в <code>/srv/relay/demo-elsewhere</code>')
  expect(html).not.toContain('./data')
})

test("the demo portal answers profile for the tokens its pages hand out, as the relay's check needs", async () => {
  relay = await startDemo()
  const page = await (await fetch(`${relay.url}/demo/bitrix24/marketplace/app/17/?member=${DEMO_IDENTITIES.alpha.bitrix24}`)).text()
  const { AUTH_ID } = tokensOf(page)
  const profile = await fetch(`${relay.url}/rest/profile`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: AUTH_ID }),
  })
  expect(profile.status).toBe(200)
  expect((await profile.json()).result.ID).toBe('1')
  const refused = await fetch(`${relay.url}/rest/profile`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: 'made-up' }),
  })
  expect(refused.status).toBe(401)
})

test('the amoCRM demo is off when a real integration is configured: its secret never signs demo tokens', async () => {
  relay = await startDemo({ AMOCRM_CLIENT_ID: 'real-id', AMOCRM_CLIENT_SECRET: 'real-secret', AMOCRM_REDIRECT_URI: 'https://relay.vendor.ru/oauth' })
  const token = await fetch(`${relay.url}/demo/amocrm/api/disposable-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ account: Number(DEMO_IDENTITIES.alpha.amocrm), user: 1 }),
  })
  expect(token.status).toBe(503)
  expect(await token.text()).not.toMatch(/eyJ/)
})

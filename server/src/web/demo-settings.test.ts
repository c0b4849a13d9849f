import { expect, test } from 'vitest'
import { readConfig } from '../config'
import { DEMO_AMOCRM_CLIENT_ID, isDemoIntegration, withDemoDefaults } from './demo-settings'

const REAL_AMOCRM = { AMOCRM_CLIENT_ID: 'real-id', AMOCRM_CLIENT_SECRET: 'real-secret', AMOCRM_REDIRECT_URI: 'https://relay.vendor.ru/oauth' }

test.each([
  {
    label: 'the demo gets a demo amoCRM integration whose audience is the relay itself',
    env: { PORT: '8787' },
    clientId: DEMO_AMOCRM_CLIENT_ID,
    redirectUri: 'http://localhost:8787/',
    allowHttp: true,
  },
  {
    label: 'the demo behind PUBLIC_URL uses that origin',
    env: { PUBLIC_URL: 'https://demo.example.ru/base' },
    clientId: DEMO_AMOCRM_CLIENT_ID,
    redirectUri: 'https://demo.example.ru/',
    allowHttp: true,
  },
  {
    label: 'a configured amoCRM integration is kept as it is',
    env: REAL_AMOCRM,
    clientId: 'real-id',
    redirectUri: REAL_AMOCRM.AMOCRM_REDIRECT_URI,
    allowHttp: true,
  },
  {
    label: 'B24_ALLOW_HTTP=0 is respected in the demo',
    env: { B24_ALLOW_HTTP: '0' },
    clientId: DEMO_AMOCRM_CLIENT_ID,
    redirectUri: 'http://localhost:8787/',
    allowHttp: false,
  },
  { label: 'outside the demo nothing is added', env: { DEMO: '0' }, clientId: undefined, redirectUri: undefined, allowHttp: false },
])('$label', ({ env, clientId, redirectUri, allowHttp }) => {
  const config = withDemoDefaults(readConfig(env), env)
  expect(config.amocrm?.clientId).toBe(clientId)
  expect(config.amocrm?.redirectUri).toBe(redirectUri)
  expect(config.b24AllowHttp).toBe(allowHttp)
})

test('only the demo integration counts as the demo one', () => {
  expect(isDemoIntegration(withDemoDefaults(readConfig({}), {}))).toBe(true)
  expect(isDemoIntegration(withDemoDefaults(readConfig(REAL_AMOCRM), REAL_AMOCRM))).toBe(false)
})

test('the demo trusts its own portal host, and only in the demo', () => {
  expect(withDemoDefaults(readConfig({ PORT: '8787' }), {}).b24PortalHosts).toEqual(['localhost:8787'])
  const behindProxy = { PUBLIC_URL: 'https://demo.example.ru', B24_PORTAL_HOSTS: 'crm.vendor.lan' }
  expect(withDemoDefaults(readConfig(behindProxy), behindProxy).b24PortalHosts).toEqual(['crm.vendor.lan', 'localhost:8787', 'demo.example.ru'])
  expect(withDemoDefaults(readConfig({ DEMO: '0' }), {}).b24PortalHosts).toEqual([])
})

test('B24_PORTAL_HOSTS takes host names with optional ports and refuses anything else', () => {
  expect(readConfig({ B24_PORTAL_HOSTS: ' CRM.vendor.lan:8443, b24.local ' }).b24PortalHosts).toEqual(['crm.vendor.lan:8443', 'b24.local'])
  expect(() => readConfig({ B24_PORTAL_HOSTS: 'https://crm.vendor.lan' })).toThrow(/B24_PORTAL_HOSTS/)
})

test.each([
  { label: 'the demo keeps its data in its own directory', env: {}, demo: true, dataDir: './data/demo' },
  { label: 'a start with DEMO=0 never opens the demo directory', env: { DEMO: '0' }, demo: false, dataDir: './data/production' },
  { label: 'DATA_DIR wins in either mode', env: { DEMO: '1', DATA_DIR: '/srv/relay-demo' }, demo: true, dataDir: '/srv/relay-demo' },
  { label: 'PostgreSQL turns the demo off', env: { DATABASE_URL: 'postgres://relay@db/relay' }, demo: false, dataDir: './data/production' },
])('$label', ({ env, demo, dataDir }) => {
  const config = readConfig(env)
  expect(config.demo).toBe(demo)
  expect(config.dataDir).toBe(dataDir)
})

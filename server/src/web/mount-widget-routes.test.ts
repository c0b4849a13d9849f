import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { startTestRelay, type TestRelay } from '../http/test-support/start-test-relay'
import { mountWidgetRoutes } from './mount-widget-routes'

let relay: TestRelay
afterEach(() => relay?.close())

const builtDist = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'widgets-'))
  const dist = { amocrmDir: path.join(root, 'amocrm'), bitrix24Dir: path.join(root, 'bitrix24') }
  mkdirSync(path.join(dist.bitrix24Dir, 'assets'), { recursive: true })
  mkdirSync(dist.amocrmDir)
  writeFileSync(path.join(dist.amocrmDir, 'widget.zip'), 'PK-zip-bytes')
  writeFileSync(path.join(dist.bitrix24Dir, 'card.html'), '<!doctype html><title>card</title>')
  writeFileSync(path.join(dist.bitrix24Dir, 'assets', 'card.js'), 'export {}')
  writeFileSync(path.join(root, 'secret.txt'), 'outside the build')
  return dist
}

test.each([
  { label: 'the amoCRM archive is a download', method: 'GET', path: '/widgets/amocrm/widget.zip', type: 'application/zip', body: 'PK-zip-bytes' },
  { label: 'a Bitrix24 page answers GET', method: 'GET', path: '/widgets/bitrix24/card.html', type: 'text/html', body: '<!doctype html><title>card</title>' },
  {
    label: "a Bitrix24 page answers the portal's form POST",
    method: 'POST',
    path: '/widgets/bitrix24/card.html',
    type: 'text/html',
    body: '<!doctype html><title>card</title>',
  },
  { label: 'a Bitrix24 script is served with its type', method: 'GET', path: '/widgets/bitrix24/assets/card.js', type: 'text/javascript', body: 'export {}' },
])('$label', async ({ method, path: url, type, body }) => {
  relay = await startTestRelay({ extraRoutes: (app) => mountWidgetRoutes(app, builtDist()) })
  const response = await fetch(relay.url + url, {
    method,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: method === 'POST' ? 'AUTH_ID=a&member_id=m&PLACEMENT=CRM_COMPANY_DETAIL_TAB' : undefined,
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain(type)
  // Bitrix24 shows these pages in its own frames.
  expect(response.headers.get('x-frame-options')).toBeNull()
  expect(response.headers.get('content-security-policy')).toBeNull()
  expect(await response.text()).toBe(body)
})

test.each([
  { label: 'a file outside the build', path: '/widgets/bitrix24/..%2Fsecret.txt' },
  { label: 'a missing page', path: '/widgets/bitrix24/nope.html' },
])('$label is 404', async ({ path: url }) => {
  relay = await startTestRelay({ extraRoutes: (app) => mountWidgetRoutes(app, builtDist()) })
  const response = await fetch(relay.url + url)
  expect(response.status).toBe(404)
  expect(await response.text()).not.toContain('outside the build')
})

test('without a build the routes say how to make one', async () => {
  relay = await startTestRelay({ extraRoutes: (app) => mountWidgetRoutes(app, { amocrmDir: '/nonexistent/a', bitrix24Dir: '/nonexistent/b' }) })
  for (const url of ['/widgets/amocrm/widget.zip', '/widgets/bitrix24/index.html']) {
    const response = await fetch(relay.url + url)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('npm run build')
  }
})

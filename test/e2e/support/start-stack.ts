import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import pino from 'pino'
import { type Browser, chromium } from 'playwright-core'
import { readConfig } from '../../../server/src/config'
import { createRelay } from '../../../server/src/create-relay'
import { createHarness } from '../../../server/src/demo/harness/create-harness'
import { mountWidgetRoutes } from '../../../server/src/web/mount-widget-routes'
import { createTestDb } from '../../support/test-db'
import { AMO_ACCOUNTS, CLIENTS, PORTALS } from './e2e-world'

export const ADMIN_TOKEN = 'e2e-admin-token-8f2c4a61d9b3e7f0'
const AMOCRM = {
  clientId: '0b7c9e2a-4d1f-4e3a-9b8c-7d6e5f4a3b2c',
  clientSecret: 'e2e-client-secret-Qw8rT5yU1iO3pA7s',
  redirectUri: 'https://relay.example.com/amocrm/oauth',
}

export const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']

const listen = async (app: express.Express) => {
  const server: Server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })

/**
 * The whole stack on loopback: the real relay (fresh database, built widgets), the two host
 * harnesses on another origin, and headless Chromium. Bitrix24 tokens are checked by the relay
 * against the harness's portal, over http, at the domain each app frame linked with. `program`
 * picks the relay's partner program as PROGRAM does (the relay's default without it).
 */
export const startStack = async ({ program }: { program?: string } = {}) => {
  // The harness listens first: its host is the portal the relay is told to trust (B24_PORTAL_HOSTS).
  const harnessApp = express()
  const harnessServer = await listen(harnessApp)
  const config = readConfig({
    B24_PORTAL_HOSTS: new URL(harnessServer.url).host,
    ...(program ? { PROGRAM: program } : {}),
    RELAY_ADMIN_TOKEN: ADMIN_TOKEN,
    AMOCRM_CLIENT_ID: AMOCRM.clientId,
    AMOCRM_CLIENT_SECRET: AMOCRM.clientSecret,
    AMOCRM_REDIRECT_URI: AMOCRM.redirectUri,
    B24_ALLOW_HTTP: '1',
    DEMO: '0',
  })
  const relay = await createRelay({
    config,
    logger: pino({ level: 'warn' }),
    runJobs: false,
    store: await createTestDb(),
    extraRoutes: (app) => mountWidgetRoutes(app),
  })
  const relayServer = await listen(relay.app)
  const harness = createHarness({
    basePath: '',
    clients: Object.values(CLIENTS),
    amocrm: {
      accounts: Object.values(AMO_ACCOUNTS),
      integration: AMOCRM,
      // What a vendor uploads to amoCRM: the archive as the relay hands it out.
      widgetZip: async () => new Uint8Array(await (await fetch(`${relayServer.url}/widgets/amocrm/widget.zip`)).arrayBuffer()),
    },
    bitrix24: {
      portals: Object.values(PORTALS),
      app: {
        title: 'Partner Relay',
        mainUrl: `${relayServer.url}/widgets/bitrix24/index.html`,
        installUrl: `${relayServer.url}/widgets/bitrix24/install.html`,
      },
    },
  })
  harnessApp.use('/api/v4', harness.cardApi)
  harnessApp.use('/rest', harness.portalRest)
  harnessApp.use(harness.router)
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  return {
    relayUrl: relayServer.url,
    harnessUrl: harnessServer.url,
    relay,
    harness,
    browser,
    /** A browser profile of its own: each person keeps their own cookies and storage. */
    newPage: async () => {
      const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Europe/Moscow', viewport: { width: 1360, height: 900 }, acceptDownloads: true })
      const page = await context.newPage()
      page.setDefaultTimeout(15_000)
      return page
    },
    close: async () => {
      await browser.close()
      await stop(harnessServer.server)
      await stop(relayServer.server)
      await relay.close()
    },
  }
}

export type Stack = Awaited<ReturnType<typeof startStack>>

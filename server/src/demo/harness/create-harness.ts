import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import express from 'express'
import type { AmocrmIntegration } from '../sign-disposable-token'
import { type AmoAccountSpec, createAmoAccounts } from './amocrm/amocrm-accounts'
import { createAmocrmRouter } from './amocrm/amocrm-router'
import { createCardApi } from './amocrm/card-api'
import { type Bitrix24App, createBitrix24Router } from './bitrix24/bitrix24-router'
import { createFakePortal, type PortalSpec } from './bitrix24/fake-portal'
import { createPortalRestRouter } from './bitrix24/portal-rest-router'
import type { HarnessClient } from './harness-clients'

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public')
const require = createRequire(import.meta.url)

export type HarnessOptions = {
  /** Where `router` is mounted: pages live under `<basePath>/amocrm` and `<basePath>/bitrix24`. */
  basePath: string
  clients: HarnessClient[]
  amocrm: { accounts: AmoAccountSpec[]; integration: AmocrmIntegration; widgetZip: () => Promise<Uint8Array> }
  bitrix24: { portals: PortalSpec[]; app: Bitrix24App }
  homeUrl?: string
}

/**
 * The two host harnesses. Mount `router` at `basePath`, `cardApi` at `/api/v4` and `portalRest` at
 * `/rest`: widgets and the SDK call those two at the origin's root, as on the real platforms.
 */
export const createHarness = ({ basePath, clients, amocrm, bitrix24, homeUrl }: HarnessOptions) => {
  const assets = `${basePath}/assets`
  const amoAccounts = createAmoAccounts(amocrm.accounts)
  const portal = createFakePortal(bitrix24.portals, clients)
  const router = express.Router()
  router.get('/assets/vendor/require.js', (_req, res) => res.sendFile(require.resolve('requirejs/require.js')))
  router.get('/assets/vendor/jquery.min.js', (_req, res) => res.sendFile(require.resolve('jquery/dist/jquery.min.js')))
  router.use('/assets', express.static(PUBLIC_DIR))
  router.use('/amocrm', createAmocrmRouter({ accounts: amoAccounts, clients, integration: amocrm.integration, widgetZip: amocrm.widgetZip, assets, homeUrl }))
  router.use('/bitrix24', createBitrix24Router({ portal, app: bitrix24.app, assets, homeUrl }))
  return { router, cardApi: createCardApi(clients, amoAccounts), portalRest: createPortalRestRouter(portal), portal, amoAccounts }
}

export type Harness = ReturnType<typeof createHarness>

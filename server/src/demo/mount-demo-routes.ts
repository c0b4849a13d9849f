import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type express from 'express'
import type { RelayConfig } from '../config'
import { isDemoIntegration } from '../web/demo-settings'
import { WIDGET_DIST } from '../web/widget-dist'
import { demoAmoAccounts, demoPortals } from './demo-accounts'
import { demoPage } from './demo-page'
import { createHarness } from './harness/create-harness'
import { DEMO_CLIENTS } from './harness/harness-clients'

const readWidgetZip = async () => {
  const file = path.join(WIDGET_DIST.amocrmDir, 'widget.zip')
  const bytes = await readFile(file).catch(() => {
    throw new Error('widget-amocrm/dist/widget.zip is not built: run `npm run build`, then reload.')
  })
  return new Uint8Array(bytes)
}

const AMOCRM_OFF = `<!doctype html><meta charset="utf-8"><title>amoCRM demo</title>
<p>The amoCRM demo is off: this relay has a real amoCRM integration (AMOCRM_CLIENT_ID), and the demo never signs tokens with a real secret.</p>`

/**
 * The demo: both host harnesses on this relay, showing the built widgets against the demo data.
 * The harnesses need the platforms' own paths too: amoCRM's `/api/v4` and the portal's `/rest`.
 */
export const mountDemoRoutes = (app: express.Express, config: RelayConfig) => {
  // A real integration's secret never reaches the harness: its amoCRM pages are refused below.
  const integration = isDemoIntegration(config)
    ? config.amocrm!
    : { clientId: 'off', clientSecret: randomBytes(32).toString('hex'), redirectUri: 'http://localhost/' }
  const harness = createHarness({
    basePath: '/demo',
    clients: DEMO_CLIENTS,
    homeUrl: '/demo',
    amocrm: {
      accounts: demoAmoAccounts(config.publicUrl && new URL(config.publicUrl).origin),
      integration,
      widgetZip: readWidgetZip,
    },
    bitrix24: {
      portals: demoPortals(),
      app: { title: 'Partner Relay', mainUrl: '/widgets/bitrix24/index.html', installUrl: '/widgets/bitrix24/install.html' },
    },
  })
  app.get('/', (_req, res) => res.redirect('/demo'))
  app.get(
    '/demo',
    (req, res) =>
      void res
        .type('html')
        .send(demoPage({ lang: req.query.lang === 'en' ? 'en' : 'ru', dataDir: config.databaseUrl ? undefined : path.resolve(config.dataDir) })),
  )
  if (!isDemoIntegration(config)) app.use('/demo/amocrm', (_req, res) => void res.status(503).type('html').send(AMOCRM_OFF))
  app.use('/demo', harness.router)
  app.use('/api/v4', harness.cardApi)
  app.use('/rest', harness.portalRest)
}

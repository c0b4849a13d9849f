import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readConfig } from './src/config'
import { createLogger } from './src/create-logger'
import { createRelay } from './src/create-relay'
import { mountDemoRoutes } from './src/demo/mount-demo-routes'
import { seedDemo } from './src/demo/seed-demo'
import { describeRelay } from './src/describe-relay'
import { stopOnSignals } from './src/shutdown/stop-on-signals'
import { findDemoData } from './src/store/demo-data'
import { checkLegacyDataDir } from './src/store/legacy-data-dir'
import { withDemoDefaults } from './src/web/demo-settings'
import { mountWidgetRoutes } from './src/web/mount-widget-routes'

const logger = createLogger(process.env.LOG_LEVEL ?? 'info')

const start = async () => {
  checkLegacyDataDir()
  const config = withDemoDefaults(readConfig())
  if (config.demo && !config.adminToken) {
    // The demo must be usable at once; a real deployment sets its own token.
    config.adminToken = randomBytes(18).toString('base64url')
    // The admin CLI picks it up from here, so `npm run admin` works against the demo as is.
    mkdirSync(config.dataDir, { recursive: true })
    writeFileSync(path.join(config.dataDir, 'admin-token'), config.adminToken, { mode: 0o600 })
    logger.warn({ adminToken: config.adminToken }, 'RELAY_ADMIN_TOKEN not set: generated one for this run (demo mode)')
  }
  const relay = await createRelay({
    config,
    logger,
    extraRoutes: (app) => {
      mountWidgetRoutes(app)
      if (config.demo) mountDemoRoutes(app, config)
    },
  })
  if (config.demo && (await seedDemo(relay.deps, new Date(), `localhost:${config.port}`))) logger.info('demo data seeded')
  if (!config.demo && (await findDemoData(relay.deps.db)).demoInstallations > 0) {
    logger.warn('this production database holds the demo data: stop the relay and run `DEMO=0 npm run admin -- demo:clear`')
  }
  const server = relay.app.listen(config.port, config.host, () => {
    const url = `http://localhost:${config.port}`
    const { fields, summary } = describeRelay(config, relay.deps.program.id)
    logger.info({ url, ...fields }, `relay listening: ${summary}`)
    if (config.demo) logger.info(`demo: ${url}/demo — both CRMs, as vendor staff or a partner`)
  })
  stopOnSignals({ server, relay, logger, timeoutMs: config.shutdownTimeoutS * 1000 })
}

start().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : error)
  process.exit(1)
})

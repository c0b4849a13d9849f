import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pino from 'pino'
import { readConfig } from './src/config'
import { createRelay } from './src/create-relay'
import { seedDemo } from './src/demo/seed-demo'
import { withDemoDefaults } from './src/web/demo-settings'
import { mountDemoRoutes } from './src/demo/mount-demo-routes'
import { mountWidgetRoutes } from './src/web/mount-widget-routes'

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' })

const start = async () => {
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
  const server = relay.app.listen(config.port, config.host, () => {
    const url = `http://localhost:${config.port}`
    logger.info({ url, database: relay.kind, program: relay.deps.program.id }, 'relay listening')
    if (config.demo) logger.info(`demo: ${url}/demo — both CRMs, as vendor staff or a partner`)
  })
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping')
    server.close()
    await relay.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))
}

start().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : error)
  process.exit(1)
})

import type { RelayConfig } from '../config'

/** The amoCRM integration the demo plays: its secret signs tokens for the demo accounts only. */
export const DEMO_AMOCRM_CLIENT_ID = '5e1d7c2a-0d3e-4b7a-9c41-7a1d2e3f4b5c'
const DEMO_AMOCRM_SECRET = 'demo-only-secret-for-the-embedded-demo-database'

export const isDemoIntegration = (config: RelayConfig) => config.amocrm?.clientId === DEMO_AMOCRM_CLIENT_ID

/**
 * The demo runs both CRMs on this relay: amoCRM tokens are signed with a demo integration (unless a
 * real one is configured, which the demo then never signs with), and the Bitrix24 portal it plays
 * answers over plain http on the relay itself. Outside demo mode the config is returned as is.
 */
export const withDemoDefaults = (config: RelayConfig, env: NodeJS.ProcessEnv = process.env): RelayConfig => {
  if (!config.demo) return config
  const origin = config.publicUrl ? new URL(config.publicUrl).origin : `http://localhost:${config.port}`
  return {
    ...config,
    amocrm: config.amocrm ?? { clientId: DEMO_AMOCRM_CLIENT_ID, clientSecret: DEMO_AMOCRM_SECRET, redirectUri: `${origin}/` },
    b24AllowHttp: env.B24_ALLOW_HTTP === undefined || env.B24_ALLOW_HTTP === '' ? true : config.b24AllowHttp,
    // The portal the demo plays is the relay itself (its seeded portals are stored as localhost):
    // local hosts the relay would otherwise refuse to call.
    b24PortalHosts: [...new Set([...config.b24PortalHosts, `localhost:${config.port}`, new URL(origin).host])],
  }
}

import { z } from 'zod'

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true')

/** Every setting of the relay, from the environment; the README's configuration table lists the same. */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'postgres://user@host:port/db')
    .optional(),
  PROGRAM: z.string().default('atrealt'),
  CALENDARS_DIR: z.string().optional(),
  RELAY_ADMIN_TOKEN: z.string().min(16, 'Use at least 16 characters').optional(),
  AMOCRM_CLIENT_ID: z.string().optional(),
  AMOCRM_CLIENT_SECRET: z.string().optional(),
  AMOCRM_REDIRECT_URI: z.url().optional(),
  B24_ALLOW_HTTP: flag,
  B24_PORTAL_HOSTS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine((hosts) => hosts.every((h) => /^[a-z0-9.-]+(:\d{1,5})?$/.test(h)), 'host or host:port, comma-separated'),
  RELAY_SECRET_KEY: z.string().optional(),
  RELAY_SECRET_KEY_PREVIOUS: z.string().optional(),
  B24_OAUTH_URL: z.url({ protocol: /^https?$/ }).default('https://oauth.bitrix.info'),
  B24_CLIENT_ID: z.string().max(200).optional(),
  B24_CLIENT_SECRET: z.string().max(200).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'smtp://user:pass@host:port')
    .optional(),
  SMTP_FROM: z.string().default('Partner Relay <relay@localhost>'),
  CORS_ORIGINS: z.string().optional(),
  DEMO: z.enum(['0', '1', 'true', 'false', '']).optional(),
  PUBLIC_URL: z.url().optional(),
  METRICS_TOKEN: z.string().min(16, 'Use at least 16 characters').optional(),
  SHUTDOWN_TIMEOUT_S: z.coerce.number().positive().max(3600).default(25),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

/**
 * A 256-bit key, written as 64 hex digits or as base64 (44 characters) of 32 bytes; anything else
 * stops the start, so a typo never encrypts tokens under a weaker key.
 */
const readSecretKey = (name: string, value: string | undefined): Buffer | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : null
  if (key?.length !== 32) throw new Error(`Bad configuration:\n  ${name}: 32 bytes, as 64 hex digits or base64 (openssl rand -base64 32)`)
  return key
}

/** The demo and a real relay never share a PGlite database: each has its own directory by default. */
export const DEMO_DATA_DIR = './data/demo'
export const PRODUCTION_DATA_DIR = './data/production'

export type RelayConfig = ReturnType<typeof readConfig>

/** Reads and checks the environment; a bad value stops the start with the variable's name. */
export const readConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const parsed = ZEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')))
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Bad configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const amocrmParts = [e.AMOCRM_CLIENT_ID, e.AMOCRM_CLIENT_SECRET, e.AMOCRM_REDIRECT_URI]
  if (amocrmParts.some(Boolean) && !amocrmParts.every(Boolean)) {
    throw new Error('Bad configuration:\n  AMOCRM_CLIENT_ID, AMOCRM_CLIENT_SECRET and AMOCRM_REDIRECT_URI go together')
  }
  const b24Parts = [e.B24_CLIENT_ID, e.B24_CLIENT_SECRET]
  if (b24Parts.some(Boolean) && !b24Parts.every(Boolean)) throw new Error('Bad configuration:\n  B24_CLIENT_ID and B24_CLIENT_SECRET go together')
  const secretKey = readSecretKey('RELAY_SECRET_KEY', e.RELAY_SECRET_KEY)
  const previousSecretKey = readSecretKey('RELAY_SECRET_KEY_PREVIOUS', e.RELAY_SECRET_KEY_PREVIOUS)
  if (previousSecretKey && !secretKey) throw new Error('Bad configuration:\n  RELAY_SECRET_KEY_PREVIOUS needs RELAY_SECRET_KEY')
  // The demo needs the embedded database: it seeds data a real vendor's database must never get.
  const demo = e.DEMO === undefined ? !e.DATABASE_URL : e.DEMO === '1' || e.DEMO === 'true'
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR ?? (demo ? DEMO_DATA_DIR : PRODUCTION_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    program: e.PROGRAM,
    calendarsDir: e.CALENDARS_DIR,
    adminToken: e.RELAY_ADMIN_TOKEN,
    amocrm: e.AMOCRM_CLIENT_ID ? { clientId: e.AMOCRM_CLIENT_ID, clientSecret: e.AMOCRM_CLIENT_SECRET!, redirectUri: e.AMOCRM_REDIRECT_URI! } : undefined,
    b24AllowHttp: e.B24_ALLOW_HTTP,
    b24PortalHosts: e.B24_PORTAL_HOSTS,
    secretKeys: secretKey ? { current: secretKey, previous: previousSecretKey } : undefined,
    bitrix24OAuth: {
      url: e.B24_OAUTH_URL,
      client: e.B24_CLIENT_ID ? { id: e.B24_CLIENT_ID, secret: e.B24_CLIENT_SECRET! } : undefined,
    },
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    corsOrigins: e.CORS_ORIGINS?.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    demo,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutS: e.SHUTDOWN_TIMEOUT_S,
    metricsToken: e.METRICS_TOKEN,
  }
}

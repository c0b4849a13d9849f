import pino, { type DestinationStream } from 'pino'

/**
 * Fields that may hold a secret wherever they appear in a logged object, one or two levels deep:
 * OAuth tokens, client secrets, and the headers that carry a CRM's token (issue 12). The relay
 * never logs them on purpose; this is the net under a mistake. (`code` is left alone: errors carry
 * theirs, `ECONNREFUSED`, under that name; an amoCRM consent code works once and only with the secret.)
 */
const SECRET_KEYS = [
  'access_token',
  'refresh_token',
  'accessToken',
  'refreshToken',
  'client_secret',
  'clientSecret',
  'AUTH_ID',
  'REFRESH_ID',
  'authorization',
  'x-auth-token',
]

/** `.key`, or `["x-auth-token"]` for a key that is not an identifier. */
const step = (key: string) => (/^[A-Za-z_]\w*$/.test(key) ? `.${key}` : `["${key}"]`)

export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [step(key).replace(/^\./, ''), `*${step(key)}`, `*.*${step(key)}`])

/** The relay's logger: pino at `level`, secrets redacted. */
export const createLogger = (level: string, destination?: DestinationStream) =>
  pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination)

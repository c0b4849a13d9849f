import type { RequestHandler } from 'express'

const ALLOWED_HEADERS = 'X-Auth-Token, Authorization, X-B24-Member-Id, X-B24-Domain, X-B24-Auth-Expires, Idempotency-Key, Content-Type, X-Crm-Card'
const EXPOSED_HEADERS = 'X-Request-Id, Content-Disposition'
const LOCAL_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/

/**
 * The widgets call the relay from CRM pages on other origins. Callers prove who they are with
 * tokens in headers, never cookies, so any https origin may read answers (no credentials mode):
 * a foreign page gains nothing it could not do with a plain HTTP client.
 */
const isAllowedOrigin = (origin: string, allowList: readonly string[] | undefined): boolean => {
  if (allowList) return allowList.includes(origin)
  return /^https:\/\/[^/\s]+$/.test(origin) || LOCAL_HTTP.test(origin)
}

export const cors =
  (allowList?: readonly string[]): RequestHandler =>
  (req, res, next) => {
    res.vary('Origin')
    const origin = req.get('origin')
    const isAllowed = origin !== undefined && isAllowedOrigin(origin, allowList)
    if (isAllowed) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS)
    }
    if (req.method !== 'OPTIONS' || !req.get('access-control-request-method')) return next()
    if (isAllowed) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT')
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS)
      res.setHeader('Access-Control-Max-Age', '600')
    }
    // A refused preflight is still a 204: without the allow headers the browser blocks the call.
    res.status(204).end()
  }

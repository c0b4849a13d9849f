import type { RequestHandler } from 'express'

/**
 * Headers for every response. Framing is left alone on purpose: Bitrix24 shows the app pages,
 * served by this same app, inside its own frames.
 */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('Strict-Transport-Security', 'max-age=31536000')
  next()
}

/** API answers are data, never documents: nothing in them may load, run, be framed or be cached. */
export const apiHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'")
  next()
}

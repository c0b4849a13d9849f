import type { Response } from 'express'

/**
 * Answers `value` as JSON: what `res.json` writes, without its work an API answer never needs
 * (content negotiation of the charset, freshness checks for caching the API forbids, an ETag).
 * The card is the relay's hottest route and this is a fixed cost of every answer.
 */
export const sendJson = (res: Response, status: number, value: unknown): void => {
  const body = JSON.stringify(value)
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.end(body)
}

import { randomUUID } from 'node:crypto'
import type { RequestHandler, Response } from 'express'

// A proxy's id is kept so one request can be followed across hops; anything odd is replaced.
const USABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/

/** Gives every request an id, answered in `X-Request-Id` and written to the logs. */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get('x-request-id')
  const id = incoming && USABLE_ID.test(incoming) ? incoming : randomUUID()
  res.locals.requestId = id
  res.setHeader('X-Request-Id', id)
  next()
}

export const requestIdOf = (res: Response): string => String(res.locals.requestId ?? '')

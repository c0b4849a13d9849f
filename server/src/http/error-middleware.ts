import type { ErrorRequestHandler, RequestHandler } from 'express'
import type pino from 'pino'
import { AppError } from '../../../shared/src/contract'
import { DomainError } from '../domain/domain-error'
import { requestIdOf } from './request-id'

/** What body-parser and the router throw: http-errors with a `type` and a client status. */
type ClientError = Error & { status: number; type?: string; limit?: number }

const isClientError = (error: unknown): error is ClientError => {
  const status = (error as { status?: unknown } | null)?.status
  return error instanceof Error && typeof status === 'number' && status >= 400 && status < 500
}

const fromClientError = (error: ClientError): AppError => {
  if (error.type === 'entity.too.large')
    return new AppError('payload_too_large', `The request body is larger than ${Math.round((error.limit ?? 102_400) / 1024)} KB`)
  if (error.type === 'entity.parse.failed') return new AppError('invalid_request', 'The request body is not valid JSON')
  return new AppError('invalid_request', error.message)
}

/** A rule's refusal on the wire: same code, rule, details and message; the status from the contract's table. */
const fromDomainError = ({ code, message, rule, details }: DomainError): AppError => new AppError(code, message, { rule, details })

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No route ${req.method} ${req.path}`))
}

/** The one place that turns failures into answers; anything unexpected is logged and hidden. */
export const errorMiddleware =
  (logger: pino.Logger): ErrorRequestHandler =>
  (error, req, res, next) => {
    const requestId = requestIdOf(res)
    const known =
      error instanceof AppError ? error : error instanceof DomainError ? fromDomainError(error) : isClientError(error) ? fromClientError(error) : null
    if (res.headersSent) {
      logger.error({ err: error, requestId }, 'Failed after the answer started')
      return next(error)
    }
    res.setHeader('Cache-Control', 'no-store')
    if (known) {
      res.status(known.status).json(known.toBody())
      return
    }
    logger.error({ err: error, requestId, method: req.method, path: req.path }, 'Request failed')
    res.status(500).json({ error: { code: 'internal', message: 'Internal error', details: { requestId } } })
  }

import type { Request } from 'express'
import { AppError } from '../../../shared/src/contract'

const VISIBLE_ASCII = /^[\x21-\x7E]{1,200}$/

/**
 * The optional `Idempotency-Key` of a write.
 * @throws AppError invalid_request when present but not 1..200 visible ASCII characters
 */
export const readIdempotencyKey = (req: Request): string | undefined => {
  const key = req.get('idempotency-key')
  if (key === undefined) return undefined
  if (!VISIBLE_ASCII.test(key)) {
    throw new AppError('invalid_request', 'Idempotency-Key must be 1 to 200 visible ASCII characters', { rule: 'X-6' })
  }
  return key
}

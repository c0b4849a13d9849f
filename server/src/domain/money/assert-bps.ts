import { DomainError } from '../domain-error'

/** @throws DomainError invalid_request unless `bps` is a whole number of basis points, 0..10000. */
export const assertBps = (bps: number, field: string): void => {
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) {
    throw new DomainError('invalid_request', `${field} must be whole basis points from 0 to 10000, got ${bps}`)
  }
}

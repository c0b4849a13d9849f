import { DomainError } from '../domain-error'
import { type HalfYear, halfYear } from './half-year-of'

/**
 * A half-year by its id, '2026-H1' (AG-3.3b).
 * @throws DomainError invalid_request for another shape.
 */
export const parseHalfYear = (id: string): HalfYear => {
  const match = /^(\d{4})-H([12])$/.exec(id)
  if (!match) throw new DomainError('invalid_request', `A half-year is written like 2026-H1, got "${id}"`, { rule: 'AG-3.3b' })
  return halfYear(Number(match[1]), Number(match[2]) as 1 | 2)
}

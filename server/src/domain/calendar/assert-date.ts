import { DomainError } from '../domain-error'
import { isValidDate } from './is-valid-date'

/** @throws DomainError invalid_request when `value` is not an existing 'YYYY-MM-DD' date. */
export const assertDate = (value: string, field: string): void => {
  if (!isValidDate(value)) {
    throw new DomainError('invalid_request', `${field} must be an existing date YYYY-MM-DD, got "${value}"`)
  }
}

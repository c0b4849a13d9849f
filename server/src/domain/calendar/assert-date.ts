import { AppError } from '../../../../shared/src/contract/errors'
import { isValidDate } from './is-valid-date'

/** @throws AppError invalid_request when `value` is not an existing 'YYYY-MM-DD' date. */
export const assertDate = (value: string, field: string): void => {
  if (!isValidDate(value)) {
    throw new AppError('invalid_request', `${field} must be an existing date YYYY-MM-DD, got "${value}"`)
  }
}

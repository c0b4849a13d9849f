import { isAccountNumberOf } from '../../../../shared/src/checks/account-number'
import { DomainError } from '../domain-error'

/**
 * Refuses an account number that is not of the program's format (AT-1.1), before anything is
 * created for it: «abc» is no account of the vendor's service. The details list the field the way a
 * malformed request does, with the reason and the digit count, so the widget says the format in words.
 * @throws invalid_request (AT-1.1) with details.fields [{ path: 'accountNumber', reason: 'account_number_format', digits }]
 */
export const checkAccountNumber = (program: { accountNumberDigits?: number }, accountNumber: string): void => {
  const digits = program.accountNumberDigits
  if (isAccountNumberOf(digits, accountNumber)) return
  const message = `The account number must be ${digits} digits`
  throw new DomainError('invalid_request', message, {
    rule: 'AT-1.1',
    details: { fields: [{ path: 'accountNumber', message, reason: 'account_number_format', digits }] },
  })
}

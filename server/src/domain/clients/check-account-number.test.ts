import { describe, expect, test } from 'vitest'
import { DomainError } from '../domain-error'
import { checkAccountNumber } from './check-account-number'

describe('checkAccountNumber (AT-1.1)', () => {
  test.each([
    { label: 'eight digits in an 8-digit program', digits: 8, value: '31000001', isValid: true },
    { label: 'letters', digits: 8, value: 'abc', isValid: false },
    { label: 'seven digits', digits: 8, value: '3100000', isValid: false },
    { label: 'nine digits', digits: 8, value: '310000011', isValid: false },
    { label: 'digits with a dash', digits: 8, value: '3100-0001', isValid: false },
    { label: 'any number the contract takes when the program says nothing', digits: undefined, value: 'A-1001', isValid: true },
  ])('$label', ({ digits, value, isValid }) => {
    const check = () => checkAccountNumber({ accountNumberDigits: digits }, value)
    if (isValid) expect(check).not.toThrow()
    else expect(check).toThrow(DomainError)
  })

  test('AT-1.1: the refusal names the field, the reason and the digit count', () => {
    try {
      checkAccountNumber({ accountNumberDigits: 8 }, 'abc')
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({
        code: 'invalid_request',
        rule: 'AT-1.1',
        details: { fields: [{ path: 'accountNumber', reason: 'account_number_format', digits: 8 }] },
      })
    }
  })
})

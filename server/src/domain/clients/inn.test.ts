import { describe, expect, test } from 'vitest'
import { innProblem } from '../../../../shared/src/checks/inn'
import { isValidInn, isValidKpp } from './inn'

describe('isValidInn (AT-1.1)', () => {
  test.each([
    { label: 'a valid organisation INN', value: '7707083893', isValid: true },
    { label: 'a valid individual INN', value: '500100732259', isValid: true },
    { label: 'another valid organisation INN', value: '7714551239', isValid: true },
    { label: 'organisation INN with a wrong check digit', value: '7707083894', isValid: false },
    { label: 'individual INN with a wrong 11th digit', value: '500100732269', isValid: false },
    { label: 'individual INN with a wrong 12th digit', value: '500100732258', isValid: false },
    { label: '11 digits', value: '77070838930', isValid: false },
    { label: '9 digits', value: '770708389', isValid: false },
    { label: 'letters', value: '77070838a3', isValid: false },
    { label: 'spaces around', value: ' 7707083893', isValid: false },
    { label: 'empty', value: '', isValid: false },
  ])('$label', ({ value, isValid }) => {
    expect(isValidInn(value)).toBe(isValid)
  })
})

describe('isValidKpp', () => {
  test.each([
    { label: 'digits only', value: '773601001', isValid: true },
    { label: 'reason code in capital Latin letters', value: '7736AB001', isValid: true },
    { label: 'lowercase letters', value: '7736ab001', isValid: false },
    { label: 'Cyrillic letters', value: '7736АБ001', isValid: false },
    { label: 'letters in the tax-office part', value: '77A601001', isValid: false },
    { label: '8 characters', value: '77360100', isValid: false },
    { label: '10 characters', value: '7736010011', isValid: false },
  ])('$label', ({ value, isValid }) => {
    expect(isValidKpp(value)).toBe(isValid)
  })
})

describe('innProblem tells the two mistakes apart (AT-1.1)', () => {
  test.each([
    { label: 'letters among the digits', value: '77ABCD1234', problem: 'inn_length' },
    { label: 'three digits', value: '123', problem: 'inn_length' },
    { label: 'eleven digits', value: '77070838930', problem: 'inn_length' },
    { label: 'a wrong check digit', value: '7707083894', problem: 'inn_checksum' },
    { label: "an individual's wrong 12th digit", value: '500100732258', problem: 'inn_checksum' },
    { label: 'a valid INN', value: '7707083893', problem: null },
  ])('$label', ({ value, problem }) => {
    expect(innProblem(value)).toBe(problem)
  })
})

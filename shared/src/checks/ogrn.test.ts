import { expect, test } from 'vitest'
import { isValidOgrn } from './inn'

test.each([
  { label: 'an OGRN of 13 digits with its check digit', value: '1027700132195', isValid: true },
  { label: 'an OGRNIP of 15 digits with its check digit', value: '304500116000157', isValid: true },
  { label: 'an OGRN whose check digit is one off', value: '1027700132196', isValid: false },
  { label: 'an OGRNIP whose check digit is one off', value: '304500116000158', isValid: false },
  { label: '14 digits', value: '10277001321950', isValid: false },
  { label: 'a letter inside', value: '10277001321A5', isValid: false },
  { label: 'spaces around', value: ' 1027700132195', isValid: false },
])('$label: $isValid', ({ value, isValid }) => {
  expect(isValidOgrn(value)).toBe(isValid)
})

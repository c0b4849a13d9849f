import { expect, test } from 'vitest'
import { AppError, ZCreateClientRequest, ZLedgerQuery } from '../../../shared/src/contract'
import { parseInput } from './parse-input'

const problemsOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, details: error.details }
    throw error
  }
  throw new Error('expected an AppError')
}

test.each([
  {
    label: 'an unknown field is reported at its own path',
    body: { accountNumber: 'A-1', name: 'Вектор', colour: 'red' },
    fields: [{ path: 'colour', message: 'Unknown field' }],
  },
  {
    label: 'an INN with wrong check digits says so with its reason (AT-1.1)',
    body: { accountNumber: 'A-1', name: 'Вектор', inn: '7707083894' },
    fields: [{ path: 'inn', message: 'INN check digits do not match', reason: 'inn_checksum' }],
  },
  {
    label: 'an INN with letters is a length problem only, not a checksum one too (AT-1.1)',
    body: { accountNumber: 'A-1', name: 'Вектор', inn: '77ABCD1234' },
    fields: [{ path: 'inn', message: 'INN must be 10 or 12 digits', reason: 'inn_length' }],
  },
  {
    label: "zod's own English texts for length and format",
    body: { accountNumber: '', name: '   ', email: 'nope' },
    fields: [
      { path: 'accountNumber', message: 'Too small: expected string to have >=1 characters' },
      { path: 'accountNumber', message: 'Account number: letters, digits, dot, dash, underscore' },
      { path: 'name', message: 'Too small: expected string to have >=1 characters' },
      { path: 'email', message: 'Invalid email address' },
    ],
  },
])('a bad body answers invalid_request with every field problem in English: $label', ({ body, fields }) => {
  const { message, details } = problemsOf(() => parseInput(ZCreateClientRequest, body, 'body'))
  expect(details).toEqual({ fields })
  expect(message).toBe(`Invalid request body: ${fields[0].path}: ${fields[0].message}`)
})

test('a query string is coerced to the numbers the ledger pages by (X-2)', () => {
  expect(parseInput(ZLedgerQuery, { partnerId: 'p-1', cursor: '10', limit: '20' }, 'query')).toEqual({ partnerId: 'p-1', cursor: 10, limit: 20 })
  expect(problemsOf(() => parseInput(ZLedgerQuery, { limit: '501' }, 'query')).details).toEqual({
    fields: [{ path: 'limit', message: 'Too big: expected number to be <=500' }],
  })
})

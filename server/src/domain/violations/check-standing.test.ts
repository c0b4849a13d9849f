import { describe, expect, test } from 'vitest'
import { DomainError } from '../domain-error'
import { checkStanding } from './check-standing'

const refusal = (state: string, statusRule: string) => {
  try {
    checkStanding({ state, statusRule })
    return null
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return { code: error.code, rule: error.rule }
  }
}

describe('new business while losing status (AT-4.1, AG-1.5)', () => {
  test.each([
    { label: 'an active partner takes new business', state: 'active', statusRule: 'AT-4.1', refused: null },
    { label: 'a restricted partner takes new business at the base discount', state: 'restricted', statusRule: 'AT-4.1', refused: null },
    {
      label: 'pending expulsion refuses it (AT-4.1)',
      state: 'expulsion_pending',
      statusRule: 'AT-4.1',
      refused: { code: 'partner_expulsion_pending', rule: 'AT-4.1' },
    },
    {
      label: 'pending exclusion cites the program’s rule (AG-1.5)',
      state: 'expulsion_pending',
      statusRule: 'AG-1.5',
      refused: { code: 'partner_expulsion_pending', rule: 'AG-1.5' },
    },
    { label: 'expelled refuses it for good (AT-4.1)', state: 'expelled', statusRule: 'AG-1.5', refused: { code: 'partner_expelled', rule: 'AT-4.1' } },
  ])('$label', ({ state, statusRule, refused }) => {
    expect(refusal(state, statusRule)).toEqual(refused)
  })
})

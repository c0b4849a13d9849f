import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { DomainError } from '../domain-error'
import { assertViolable } from './assert-violable'

const atrealt = loadProgram('atrealt')
const agat = loadProgram('agat-rt')

const refusal = (run: () => void) => {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, rule: error.rule, refused: (error.details as { rule: string }).rule }
    throw error
  }
  return null
}

describe('violable rules (AT-4.1, AG-1.5)', () => {
  test.each([
    { label: 'ATRealt: clause 1.6, the transfer (AT-4.1)', program: atrealt, rule: 'AT-1.6' },
    { label: 'ATRealt: clause 3.2, the demo account (AT-4.1)', program: atrealt, rule: 'AT-3.2' },
    { label: 'Agat RT: the territorial policy of 1.4 (AG-1.5)', program: agat, rule: 'AG-1.4b' },
    { label: 'Agat RT: overdue receivables (AG-1.5)', program: agat, rule: 'AG-1.5' },
  ])('$label', ({ program, rule }) => {
    expect(refusal(() => assertViolable(program, rule))).toBeNull()
  })

  test.each([
    { label: 'ATRealt: a made-up clause', program: atrealt, rule: 'AT-9.9', basis: 'AT-4.1' },
    { label: 'ATRealt: clause 5.2 is the vendor’s discount, nothing a partner breaks', program: atrealt, rule: 'AT-5.2', basis: 'AT-4.1' },
    { label: 'ATRealt: a rule of the other program', program: atrealt, rule: 'AG-1.5', basis: 'AT-4.1' },
    { label: 'Agat RT: a rule of the other program', program: agat, rule: 'AT-1.6', basis: 'AG-1.5' },
    { label: 'Agat RT: a cross-cutting rule', program: agat, rule: 'X-3', basis: 'AG-1.5' },
  ])('refuses $label', ({ program, rule, basis }) => {
    expect(refusal(() => assertViolable(program, rule))).toEqual({ code: 'rule_not_violable', rule: basis, refused: rule })
  })

  test('the overdue scan’s rule is violable in both programs', () => {
    for (const program of [atrealt, agat]) expect(refusal(() => assertViolable(program, program.violations.overdueRule))).toBeNull()
  })
})

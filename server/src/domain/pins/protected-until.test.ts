import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { protectedUntil } from './protected-until'

const agat = loadProgram('agat-rt')
const atrealt = loadProgram('atrealt')

describe('protectedUntil', () => {
  test.each([
    { label: 'approved on 14 May: protected for the program’s 90 days (AG-4)', day: '2026-05-14', currentUntil: undefined, until: '2026-08-12' },
    { label: 'an early renewal extends from the current end (AG-4)', day: '2026-08-01', currentUntil: '2026-08-12', until: '2026-11-10' },
    { label: 'a late renewal extends from the decision (AG-4)', day: '2026-08-20', currentUntil: '2026-08-12', until: '2026-11-18' },
  ])('$label', ({ day, currentUntil, until }) => {
    expect(protectedUntil({ program: agat, day, currentUntil })).toBe(until)
  })

  test('a program without deal protection protects nothing (AG-4)', () => {
    expect(protectedUntil({ program: atrealt, day: '2026-05-14' })).toBeNull()
  })
})

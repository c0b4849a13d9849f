import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { statusesOpenTo } from './statuses-open-to'

const agat = loadProgram('agat-rt')
const atrealt = loadProgram('atrealt')
const authorized: { status: string; authorizedOn: string | null; state: string } = { status: 'authorized', authorizedOn: '2026-03-02', state: 'active' }
const open = (partner = authorized, { hasPendingApplication = false, scheduledStatuses = [] as string[] } = {}) =>
  statusesOpenTo(agat, { partner, hasPendingApplication, scheduledStatuses })

describe('statusesOpenTo (AG-3.3a)', () => {
  test('an authorized partner may apply for Silver (AG-3.3a)', () => expect(open()).toEqual(['silver']))
  test('an unauthorized partner may apply for nothing (AG-3.3a)', () => expect(open({ ...authorized, status: 'unauthorized', authorizedOn: null })).toEqual([]))
  test('an expelled partner may apply for nothing (AG-3.3a)', () => expect(open({ ...authorized, state: 'expelled' })).toEqual([]))
  test('nothing while an application is pending (AG-3.3a)', () => expect(open(authorized, { hasPendingApplication: true })).toEqual([]))
  test('not a status already scheduled for the partner (AG-3.3a)', () => expect(open(authorized, { scheduledStatuses: ['silver'] })).toEqual([]))
  test('not a status at or below its own (AG-3.3a)', () => expect(open({ ...authorized, status: 'gold' })).toEqual([]))
  test('a program without applications offers none', () =>
    expect(statusesOpenTo(atrealt, { partner: authorized, hasPendingApplication: false, scheduledStatuses: [] })).toEqual([]))
})

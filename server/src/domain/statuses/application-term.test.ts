import { describe, expect, test } from 'vitest'
import { applicationTerm } from './application-term'
import { nextQuarterStart } from './next-quarter-start'

describe('nextQuarterStart', () => {
  test.each([
    { label: 'mid-Q2 approval starts on 1 July (AG-3.3a)', date: '2026-05-14', start: '2026-07-01' },
    { label: 'the first day of Q4 still waits for the next quarter (AG-3.3a reading)', date: '2026-10-01', start: '2027-01-01' },
    { label: 'the last day of a quarter starts the next day (AG-3.3a)', date: '2026-03-31', start: '2026-04-01' },
    { label: '1 January starts on 1 April, never mid-quarter (AG-3.3a)', date: '2026-01-01', start: '2026-04-01' },
    { label: '30 June starts on 1 July (AG-3.3a)', date: '2026-06-30', start: '2026-07-01' },
    { label: '1 July starts on 1 October (AG-3.3a)', date: '2026-07-01', start: '2026-10-01' },
    { label: '31 December crosses into the next year (AG-3.3a)', date: '2026-12-31', start: '2027-01-01' },
  ])('$label', ({ date, start }) => {
    expect(nextQuarterStart(date)).toBe(start)
  })
})

describe('applicationTerm', () => {
  test.each([
    {
      label: 'runs from the next quarter to the end of that year (AG-3.3a)',
      approvedOn: '2026-05-14',
      term: { effectiveOn: '2026-07-01', validUntil: '2026-12-31' },
    },
    {
      label: 'a Q4 approval runs through the whole next year (AG-3.3a)',
      approvedOn: '2026-11-20',
      term: { effectiveOn: '2027-01-01', validUntil: '2027-12-31' },
    },
    { label: 'a Q3 approval gets one quarter of the year (AG-3.3a)', approvedOn: '2026-09-30', term: { effectiveOn: '2026-10-01', validUntil: '2026-12-31' } },
  ])('$label', ({ approvedOn, term }) => {
    expect(applicationTerm(approvedOn)).toEqual(term)
  })
})

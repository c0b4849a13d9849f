import { describe, expect, test } from 'vitest'
import { countEpisodes } from './count-episodes'

const v = (occurredOn: string, noticedOn: string) => ({ occurredOn, noticedOn })

describe('episodes of violation: a repeat is one committed after the partner was told (AT-4.1)', () => {
  test.each([
    { label: 'no violation: no episode', violations: [], episodes: 0 },
    { label: 'one violation: one episode', violations: [v('2026-03-02', '2026-03-02')], episodes: 1 },
    {
      label: 'three back-dated overdue invoices found in one scan are one episode',
      violations: [v('2026-01-15', '2026-03-10'), v('2026-02-04', '2026-03-10'), v('2026-02-20', '2026-03-10')],
      episodes: 1,
    },
    {
      label: 'a violation committed before the notice of the first joins its episode, even if found later',
      violations: [v('2026-03-01', '2026-03-05'), v('2026-03-04', '2026-03-20')],
      episodes: 1,
    },
    {
      label: 'one committed on the day of the notice is given the benefit of that day',
      violations: [v('2026-03-01', '2026-03-05'), v('2026-03-05', '2026-03-05')],
      episodes: 1,
    },
    { label: 'one committed after the notice is a repeat', violations: [v('2026-03-01', '2026-03-05'), v('2026-03-06', '2026-03-06')], episodes: 2 },
    {
      label: 'an earlier notice of a later-recorded member moves the episode’s notice back',
      // Recorded late on 03-20, but the partner was told of the 03-05 one on 03-06: 03-10 is a repeat.
      violations: [v('2026-03-01', '2026-03-20'), v('2026-03-05', '2026-03-06'), v('2026-03-10', '2026-03-20')],
      episodes: 2,
    },
    { label: 'order of the list does not matter', violations: [v('2026-04-02', '2026-04-02'), v('2026-03-01', '2026-03-01')], episodes: 2 },
    {
      label: 'three episodes, each after the previous notice',
      violations: [v('2026-01-10', '2026-01-10'), v('2026-02-10', '2026-02-10'), v('2026-02-09', '2026-02-12'), v('2026-03-10', '2026-03-10')],
      episodes: 3,
    },
  ])('$label', ({ violations, episodes }) => {
    expect(countEpisodes({ violations, repeatCountsAfter: 'notice' })).toBe(episodes)
  })

  test('with repeatCountsAfter "violation" every live violation is its own episode (AT-4.1)', () => {
    const scan = [v('2026-01-15', '2026-03-10'), v('2026-02-04', '2026-03-10'), v('2026-02-20', '2026-03-10')]
    expect(countEpisodes({ violations: scan, repeatCountsAfter: 'violation' })).toBe(3)
  })
})

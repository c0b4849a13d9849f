import { describe, expect, test } from 'vitest'
import { dueRenewals } from './due-renewals'

describe('dueRenewals', () => {
  test.each([
    { label: 'nothing due on 30 January (AG-3.2)', today: '2027-01-30', due: [] },
    { label: 'the certificate is renewed on 31 January itself (AG-3.2)', today: '2027-01-31', due: ['certificate'] },
    { label: 'a relay down on 31 January catches up later (AG-3.2)', today: '2027-02-03', due: ['certificate'] },
  ])('$label', ({ today, due }) => {
    expect(dueRenewals({ certificateValidUntil: '2027-01-31', statusValidUntil: null, today }).map((d) => d.kind)).toEqual(due)
  })

  test.each([
    { label: 'a Silver term still runs on 31 December (AG-3.3a)', today: '2026-12-31', due: [] },
    { label: 'a Silver term is renewed on 1 January (AG-3.3a)', today: '2027-01-01', due: [{ kind: 'status', dueOn: '2026-12-31' }] },
  ])('$label', ({ today, due }) => {
    expect(dueRenewals({ certificateValidUntil: '2027-01-31', statusValidUntil: '2026-12-31', today })).toEqual(due)
  })
})

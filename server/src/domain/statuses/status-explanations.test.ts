import { expect, test } from 'vitest'
import { statusExplanations } from './status-explanations'

const base = {
  status: 'silver',
  effectiveStatus: 'silver',
  liveViolationDates: [],
  certificateValidUntil: null,
  statusValidUntil: null,
  flaggedKinds: [],
  renewalMissing: [],
}

test.each([
  { label: 'nothing to explain when status and discounts agree and no term is held', facts: {}, expected: [] },
  {
    label: 'AG-1.5: discounts one status down since the first live violation',
    facts: { status: 'authorized', effectiveStatus: 'unauthorized', liveViolationDates: ['2026-11-20', '2026-10-02'] },
    expected: [{ code: 'discountDowngraded', rule: 'AG-1.5', params: { since: '2026-10-02', violations: 2 } }],
  },
  {
    label: 'AG-3.3a: a Silver term missing three rows is at risk, checked the day after it ends',
    facts: { statusValidUntil: '2026-12-31', renewalMissing: ['certifiedSales', 'certifiedTechnical', 'website'] },
    expected: [
      {
        code: 'renewalAtRisk',
        rule: 'AG-3.3a',
        params: { kind: 'status', validUntil: '2026-12-31', checkOn: '2027-01-01', missing: ['certifiedSales', 'certifiedTechnical', 'website'] },
      },
    ],
  },
  {
    label: 'AG-3.2: a certificate whose requirements hold renews on its last day',
    facts: { certificateValidUntil: '2027-01-31' },
    expected: [{ code: 'renewsIfHeld', rule: 'AG-3.2', params: { kind: 'certificate', validUntil: '2027-01-31', checkOn: '2027-01-31', missing: [] } }],
  },
  {
    label: 'AG-3.3a: a term already held back for vendor staff is explained by its flag, not twice',
    facts: { statusValidUntil: '2026-12-31', flaggedKinds: ['status' as const], renewalMissing: ['website'] },
    expected: [],
  },
])('$label', ({ facts, expected }) => {
  expect(statusExplanations({ ...base, ...facts })).toEqual(expected)
})

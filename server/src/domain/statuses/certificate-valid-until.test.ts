import { describe, expect, test } from 'vitest'
import { certificateValidUntil } from './certificate-valid-until'
import { renewedUntil } from './renewed-until'

describe('certificateValidUntil', () => {
  test.each([
    { label: 'authorized in May: valid until 31 January next year (AG-3.1)', issuedOn: '2026-05-14', until: '2027-01-31' },
    { label: 'authorized on 1 January: still the next year (AG-3.1)', issuedOn: '2026-01-01', until: '2027-01-31' },
    { label: 'authorized on 31 December: a month and a day (AG-3.1)', issuedOn: '2026-12-31', until: '2027-01-31' },
    { label: 'authorized on 31 January: a full year (AG-3.1)', issuedOn: '2026-01-31', until: '2027-01-31' },
  ])('$label', ({ issuedOn, until }) => {
    expect(certificateValidUntil({ issuedOn, monthDay: '01-31' })).toBe(until)
  })
})

describe('renewedUntil', () => {
  test.each([
    { label: 'a certificate renewed on 31 January runs to the next 31 January (AG-3.2)', dueOn: '2027-01-31', today: '2027-01-31', until: '2028-01-31' },
    { label: 'a Silver term renewed on 1 January runs to the next 31 December (AG-3.3a)', dueOn: '2026-12-31', today: '2027-01-01', until: '2027-12-31' },
    { label: 'a renewal settled weeks later still ends a year after the due date (AG-3.2)', dueOn: '2027-01-31', today: '2027-03-15', until: '2028-01-31' },
    { label: 'a renewal more than a year late skips to a term not yet over (AG-3.2)', dueOn: '2027-01-31', today: '2028-02-05', until: '2029-01-31' },
    { label: '29 February renews to 28 February', dueOn: '2028-02-29', today: '2028-02-29', until: '2029-02-28' },
  ])('$label', ({ dueOn, today, until }) => {
    expect(renewedUntil({ dueOn, today })).toBe(until)
  })
})

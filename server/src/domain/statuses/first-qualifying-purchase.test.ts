import { describe, expect, test } from 'vitest'
import { firstQualifyingPurchase, type PurchaseFacts } from './first-qualifying-purchase'

const rule = { minFirstPurchaseKop: 50_000_00n, minDiscountBps: 1000, firstPurchaseBasis: 'list' as const }
const invoice = (id: string, listKop: bigint, discountBps: number, transferReceivedOn: string): PurchaseFacts => {
  const rewardKop = (listKop * BigInt(discountBps)) / 10_000n
  return { id, listKop, rewardKop, payableKop: listKop - rewardKop, transferReceivedOn }
}

describe('firstQualifyingPurchase (AG-3.1)', () => {
  test.each([
    { label: 'exactly 50 000 ₽ at 10% qualifies (AG-3.1)', invoices: [invoice('a', 50_000_00n, 1000, '2026-05-04')], id: 'a' },
    { label: 'one kopeck short does not (AG-3.1)', invoices: [invoice('a', 49_999_99n, 2000, '2026-05-04')], id: null },
    { label: 'a discount under 10% does not (AG-3.1)', invoices: [invoice('a', 90_000_00n, 999, '2026-05-04')], id: null },
    {
      label: 'the earliest qualifying transfer wins, small invoices before it do not count (AG-3.1 reading)',
      invoices: [
        invoice('late', 80_000_00n, 2000, '2026-06-01'),
        invoice('small', 10_000_00n, 2000, '2026-04-01'),
        invoice('early', 60_000_00n, 1500, '2026-05-10'),
      ],
      id: 'early',
    },
  ])('$label', ({ invoices, id }) => {
    expect(firstQualifyingPurchase({ invoices, rule })?.id ?? null).toBe(id)
  })

  test('on the payable basis the amount the partner pays must reach the minimum (AG-3.1)', () => {
    const invoices = [invoice('a', 55_000_00n, 2000, '2026-05-04')]
    expect(firstQualifyingPurchase({ invoices, rule: { ...rule, firstPurchaseBasis: 'payable' } })).toBeNull()
  })
})

describe('firstQualifyingPurchase net of credit notes (AG-3.1, X-2)', () => {
  // 60 000 ₽ at 20%; the note takes 20 000 ₽ of it off, leaving 40 000 ₽ < 50 000 ₽.
  const credited = (issuedOn: string): PurchaseFacts => ({
    ...invoice('a', 60_000_00n, 2000, '2026-05-04'),
    credits: [{ issuedOn, listKop: 20_000_00n, rewardKop: 4_000_00n, payableKop: 16_000_00n }],
  })
  test.each([
    { label: 'a note dated by the transfer leaves less than the minimum: no purchase (AG-3.1, X-2)', issuedOn: '2026-05-04', signedOn: undefined, id: null },
    {
      label: 'a note after the transfer does not undo a purchase the signed partner made (AG-3.1, X-2)',
      issuedOn: '2026-05-20',
      signedOn: '2026-04-01',
      id: 'a',
    },
    {
      label: 'a note before the agreement is signed counts: the purchase is judged on the signing day (AG-3.1, X-2)',
      issuedOn: '2026-05-20',
      signedOn: '2026-06-01',
      id: null,
    },
    { label: 'a note after the signing day does not count (AG-3.1, X-2)', issuedOn: '2026-06-02', signedOn: '2026-06-01', id: 'a' },
  ])('$label', ({ issuedOn, signedOn, id }) => {
    expect(firstQualifyingPurchase({ invoices: [credited(issuedOn)], rule, ...(signedOn && { signedOn }) })?.id ?? null).toBe(id)
  })
})

import { describe, expect, test } from 'vitest'
import { purchaseVolume, type VolumeInvoice } from './purchase-volume'

const counted = new Set(['agat-ux', 'olkha'])
const H1 = { from: '2026-01-01', to: '2026-06-30' }
const H2 = { from: '2026-07-01', to: '2026-12-31' }
const line = (category: string, listKop: bigint, payableKop: bigint) => ({ category, listKop, payableKop })
const bought = (lines: VolumeInvoice['lines'], transferReceivedOn = '2026-03-10', credits: VolumeInvoice['credits'] = []): VolumeInvoice => ({
  lines,
  isProjectDeal: false,
  transferReceivedOn,
  credits,
})
const invoices: VolumeInvoice[] = [
  bought([line('agat-ux', 1_000_00n, 700_00n), line('impl-services', 500_00n, 450_00n)]),
  bought([line('olkha', 200_00n, 160_00n)]),
  { ...bought([line('agat-ux', 3_000_00n, 2_000_00n)]), isProjectDeal: true },
]

describe('purchaseVolume', () => {
  test.each([
    {
      label: 'counts hardware and vendor software only, at what the partner pays (AG-REQ ***)',
      basis: 'payable' as const,
      volume: 860_00n,
      project: 2_000_00n,
    },
    { label: 'at list prices when the program says so (AG-REQ)', basis: 'list' as const, volume: 1_200_00n, project: 3_000_00n },
  ])('$label', ({ basis, volume, project }) => {
    expect(purchaseVolume({ invoices, period: H1, countedCategories: counted, basis })).toEqual({ volumeKop: volume, projectDealsVolumeKop: project })
  })

  test('no transfers: zero (AG-REQ)', () => {
    expect(purchaseVolume({ invoices: [], period: H1, countedCategories: counted, basis: 'payable' })).toEqual({ volumeKop: 0n, projectDealsVolumeKop: 0n })
  })

  // 10 kits of 1 000 ₽ (700 ₽ payable), 4 of them credited; the credit note's own date decides the half-year.
  const kits = line('agat-ux', 10_000_00n, 7_000_00n)
  const fourKits = line('agat-ux', 4_000_00n, 2_800_00n)
  test.each([
    { label: 'a credit note in the half-year of its transfer nets it (AG-REQ, X-2)', transfer: '2026-03-10', credited: '2026-05-02', h1: 4_200_00n, h2: 0n },
    {
      label: 'a credit note dated before the transfer counts with the transfer: that part was never bought (AG-REQ, X-2)',
      transfer: '2026-07-03',
      credited: '2026-06-20',
      h1: 0n,
      h2: 4_200_00n,
    },
    {
      label: 'a credit note of the next half-year lowers that half-year, the closed one keeps its figure (AG-REQ, X-2)',
      transfer: '2026-03-10',
      credited: '2026-08-15',
      h1: 7_000_00n,
      h2: 0n,
    },
    { label: 'on the last day of the half-year it still counts in it (AG-REQ, X-2)', transfer: '2026-03-10', credited: '2026-06-30', h1: 4_200_00n, h2: 0n },
  ])('$label', ({ transfer, credited, h1, h2 }) => {
    const invoice = bought([kits], transfer, [{ issuedOn: credited, lines: [fourKits] }])
    const volume = (period: typeof H1) => purchaseVolume({ invoices: [invoice], period, countedCategories: counted, basis: 'payable' }).volumeKop
    expect([volume(H1), volume(H2)]).toEqual([h1, h2])
  })

  test('a credit note of an uncounted category leaves the volume alone (AG-REQ ***, X-2)', () => {
    const invoice = bought([kits, line('impl-services', 500_00n, 450_00n)], '2026-03-10', [
      { issuedOn: '2026-04-01', lines: [line('impl-services', 500_00n, 450_00n)] },
    ])
    expect(purchaseVolume({ invoices: [invoice], period: H1, countedCategories: counted, basis: 'payable' }).volumeKop).toBe(7_000_00n)
  })

  test('a half-year whose credit notes outweigh its purchases bought nothing, not less (AG-REQ, X-2)', () => {
    const invoice = bought([kits], '2026-03-10', [{ issuedOn: '2026-09-01', lines: [kits] }])
    expect(purchaseVolume({ invoices: [invoice], period: H2, countedCategories: counted, basis: 'payable' })).toEqual({
      volumeKop: 0n,
      projectDealsVolumeKop: 0n,
    })
  })
})

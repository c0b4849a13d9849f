import { describe, expect, test } from 'vitest'
import { purchaseVolume, type VolumeInvoice } from './purchase-volume'

const counted = new Set(['agat-ux', 'olkha'])
const line = (category: string, listKop: bigint, payableKop: bigint) => ({ category, listKop, payableKop })
const invoices: VolumeInvoice[] = [
  { lines: [line('agat-ux', 1_000_00n, 700_00n), line('impl-services', 500_00n, 450_00n)], isProjectDeal: false },
  { lines: [line('olkha', 200_00n, 160_00n)], isProjectDeal: false },
  { lines: [line('agat-ux', 3_000_00n, 2_000_00n)], isProjectDeal: true },
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
    expect(purchaseVolume({ invoices, countedCategories: counted, basis })).toEqual({ volumeKop: volume, projectDealsVolumeKop: project })
  })

  test('no transfers: zero (AG-REQ)', () => {
    expect(purchaseVolume({ invoices: [], countedCategories: counted, basis: 'payable' })).toEqual({ volumeKop: 0n, projectDealsVolumeKop: 0n })
  })
})

import type { TCreditNote, TCreditNoteLine } from '../../../../shared/src/contract'

type CreditNoteFields = {
  id: string
  number: string
  issued_on: string
  reason: string
  lines: unknown
  list_kop: bigint | string
  reward_kop: bigint | string
  payable_kop: bigint | string
  vat_kop: bigint | string
}

/** A credit note as the contract answers it, from its row or from the JSON an invoice row carries. */
export const toCreditNote = (row: CreditNoteFields): TCreditNote => ({
  id: row.id,
  number: row.number,
  issuedOn: row.issued_on,
  reason: row.reason,
  lines: row.lines as TCreditNoteLine[],
  totals: { listKop: Number(row.list_kop), rewardKop: Number(row.reward_kop), payableKop: Number(row.payable_kop), vatKop: Number(row.vat_kop) },
})

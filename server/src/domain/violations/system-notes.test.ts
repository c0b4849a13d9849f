import { expect, test } from 'vitest'
import { ZSystemNote } from '../../../../shared/src/contract'
import { transferOverdueNote } from './system-notes'

test.each([
  {
    label: 'an overdue transfer names the invoice and the deadline (AT-1.6)',
    built: transferOverdueNote({ invoiceNumber: '2026-000002', transferDueOn: '2026-12-01' }),
    note: 'Transfer for invoice 2026-000002 not received by 2026-12-01',
    systemNote: { code: 'transferOverdue', params: { invoiceNumber: '2026-000002', transferDueOn: '2026-12-01' } },
  },
])('$label', ({ built, note, systemNote }) => {
  expect(built).toEqual({ note, systemNote })
  expect(ZSystemNote.safeParse(built.systemNote).success).toBe(true)
})

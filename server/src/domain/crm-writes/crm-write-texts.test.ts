import { expect, test } from 'vitest'
import { pinNoteText, transferTaskText, violationNoteText } from './crm-write-texts'
import { endOfDay } from './end-of-day'

test('the transfer task names the vendor, the payable in roubles and the invoice (issue 12, AT-1.6)', () => {
  expect(transferTaskText({ vendorName: 'ATRealt', payableKop: 1_782_000n, invoiceNumber: '2026-000002' })).toBe(
    'Перевести ATRealt 17\u00a0820,00 ₽ по счёту № 2026-000002',
  )
})

test.each([
  {
    label: 'approval with its protection date',
    decision: 'approve' as const,
    reason: null,
    validUntil: '2027-04-28',
    text: 'Клиент 50000001 закреплён за партнёром П до 28.04.2027',
  },
  {
    label: 'rejection with the reason',
    decision: 'reject' as const,
    reason: 'ведём напрямую',
    validUntil: null,
    text: 'Запрос на закрепление клиента 50000001 за партнёром П отклонён: ведём напрямую',
  },
  {
    label: 'release without a reason',
    decision: 'release' as const,
    reason: null,
    validUntil: null,
    text: 'Закрепление клиента 50000001 за партнёром П снято',
  },
])('a pin note words the $label (AT-4.4, AT-1.2a, AT-4.5)', ({ decision, reason, validUntil, text }) => {
  expect(pinNoteText({ decision, accountNumber: '50000001', partnerName: 'П', reason, validUntil })).toBe(text)
})

test('a violation note names the clause, the day and the invoice (AT-4.1)', () => {
  expect(violationNoteText({ rule: 'AT-1.6', occurredOn: '2026-05-20', invoiceNumber: '2026-000002', note: 'Перевод просрочен' })).toBe(
    '20.05.2026 зафиксировано нарушение п. 1.6 Правил по счёту № 2026-000002: Перевод просрочен',
  )
})

test.each([
  { label: 'Moscow, no summer time', zone: 'Europe/Moscow', iso: '2026-05-15T23:59:00+03:00', unix: Date.parse('2026-05-15T20:59:00Z') / 1000 },
  { label: 'a zone west of UTC', zone: 'America/New_York', iso: '2026-05-15T23:59:00-04:00', unix: Date.parse('2026-05-16T03:59:00Z') / 1000 },
])('a deadline day ends at 23:59 in the program zone: $label (issue 12)', ({ zone, iso, unix }) => {
  expect(endOfDay('2026-05-15', zone)).toEqual({ iso, unix })
})

test('a malformed day is refused', () => {
  expect(() => endOfDay('15.05.2026', 'Europe/Moscow')).toThrow(RangeError)
})

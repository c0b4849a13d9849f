import { formatKop } from '../money/format-kop'

const dateRu = (date: string) => date.split('-').reverse().join('.')
const clause = (rule: string) => rule.replace(/^[A-Z]+-/, '')

/**
 * The task a client payment puts on the client's card in the partner's CRM (issue 12, AT-1.6):
 * «Перевести ООО «АТРеалт» 17 820,00 ₽ по счёту № 2026-000002», due on the transfer deadline.
 */
export const transferTaskText = ({ vendorName, payableKop, invoiceNumber }: { vendorName: string; payableKop: bigint; invoiceNumber: string }) =>
  `Перевести ${vendorName} ${formatKop(payableKop)} ₽ по счёту № ${invoiceNumber}`

/** The result an amoCRM task is closed with once the transfer is recorded (AT-1.6). */
export const transferDoneText = (receivedOn: string) => `Перевод получен ${dateRu(receivedOn)}`

export type PinNoteInput = {
  decision: 'approve' | 'reject' | 'release'
  accountNumber: string
  partnerName: string
  reason: string | null
  validUntil: string | null
}

/** The note a pin decision puts on the card's timeline (issue 12; AT-4.4, AT-1.2a, AT-4.5). */
export const pinNoteText = ({ decision, accountNumber, partnerName, reason, validUntil }: PinNoteInput) => {
  const because = reason ? `: ${reason}` : ''
  if (decision === 'approve') return `Клиент ${accountNumber} закреплён за партнёром ${partnerName}${validUntil ? ` до ${dateRu(validUntil)}` : ''}`
  if (decision === 'reject') return `Запрос на закрепление клиента ${accountNumber} за партнёром ${partnerName} отклонён${because}`
  return `Закрепление клиента ${accountNumber} за партнёром ${partnerName} снято${because}`
}

/** The note a recorded violation puts on the card of the invoice's client (issue 12, AT-4.1). */
export const violationNoteText = ({ rule, occurredOn, invoiceNumber, note }: { rule: string; occurredOn: string; invoiceNumber: string; note: string }) =>
  `${dateRu(occurredOn)} зафиксировано нарушение п. ${clause(rule)} Правил по счёту № ${invoiceNumber}: ${note}`.slice(0, 2000)

/** The task a new pin request puts in the vendor's CRM for the responsible user (issue 12, AT-1.2). */
export const pinRequestTaskText = ({ accountNumber, partnerName }: { accountNumber: string; partnerName: string }) =>
  `Решить по запросу партнёра ${partnerName} на закрепление клиента ${accountNumber}`

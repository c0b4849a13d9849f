import type { TViolation } from '../../../../../shared/src/contract'
import { formatDateRu } from '../../../documents/format-date-ru'
import type { Program } from '../../../domain/program/program-schema'
import type { Trx } from '../../../store/db'
import { queueEmail } from '../../../store/queries/outbox'
import { getPartner } from '../../../store/queries/partners'

/**
 * Tells the partner of a violation recorded against it (AT-4.1, AG-1.5), in the transaction that
 * records it: this is the notice after which another violation counts as a repeat
 * (`violations.repeatCountsAfter: "notice"`), kept on the row as `noticed_at`.
 */
export const notifyViolation = async (trx: Trx, program: Program, violation: TViolation) => {
  const partner = await getPartner(trx, violation.partnerId)
  const clause = violation.rule.replace(/^[A-Z]+-/, '')
  await queueEmail(trx, {
    kind: 'violation.recorded',
    to: partner.email,
    subject: `${program.name}: зафиксировано нарушение п. ${clause} Правил`,
    body: [
      `Здравствуйте, ${partner.name}!`,
      '',
      `${formatDateRu(violation.occurredOn)} зафиксировано нарушение п. ${clause} Правил партнёрской программы${violation.invoiceNumber ? ` (счёт ${violation.invoiceNumber})` : ''}.`,
      `Повторное нарушение, совершённое после этого уведомления, лишает статуса партнёра (п. ${program.violations.statusRule.replace(/^[A-Z]+-/, '')} Правил).`,
      '',
      `${program.vendor.name}`,
    ].join('\n'),
  })
}

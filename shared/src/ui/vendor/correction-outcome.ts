import type { I18n } from '../../i18n/create-i18n'
import type { CorrectionOutcome } from '../../stores/create-corrections-store'

type Words = Pick<I18n, 't' | 'date' | 'rule' | 'percent' | 'money'>

const voidedText = (i18n: Words, rule: string, discountBps: number | null) => {
  const ref = i18n.rule(rule) ?? i18n.t('rule.unknown')
  return discountBps === null
    ? i18n.t('correction.violationVoidedOnly', { rule: ref })
    : i18n.t('correction.violationVoided', { rule: ref, discount: i18n.percent(discountBps) })
}

/**
 * What a correction changed, in words staff can check at a glance: the new date and deadline, each
 * overdue violation voided with the partner's discount after it (AT-1.6, AT-4.1), or that the
 * violation stays because the transfer is late by the new date too.
 */
export const correctionOutcomeText = (i18n: Words, outcome: CorrectionOutcome): string => {
  switch (outcome.kind) {
    case 'clientPaymentCorrected': {
      const { invoice, before, voidedViolations, partner } = outcome
      const parts = [
        i18n.t('correction.paidOnCorrected', {
          dateBefore: i18n.date(before.clientPaidOn),
          date: i18n.date(invoice.clientPaidOn ?? ''),
          dueBefore: i18n.date(before.transferDueOn ?? ''),
          due: i18n.date(invoice.transferDueOn ?? ''),
        }),
      ]
      for (const violation of voidedViolations) parts.push(voidedText(i18n, violation.rule, partner.currentDiscountBps))
      if (voidedViolations.length === 0 && (invoice.isOverdue || invoice.onTime === false)) parts.push(i18n.t('correction.violationStays'))
      return parts.join(' ')
    }
    case 'invoiceVoided':
      return i18n.t('correction.invoiceVoided', { number: outcome.invoice.number })
    case 'creditNoteIssued':
      return i18n.t('correction.creditNoteIssued', { number: outcome.creditNote.number, amount: i18n.money(outcome.creditNote.totals.payableKop) })
    case 'violationVoided':
      return voidedText(i18n, outcome.violation.rule, outcome.partner.currentDiscountBps)
  }
}

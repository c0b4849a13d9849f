import type { TViolation } from '../../contract'
import type { I18n } from '../../i18n/create-i18n'

/**
 * A violation's note in the user's language: one the relay worded itself is said from its code and
 * facts (its English `note` is for the audit trail); one vendor staff typed, as typed.
 */
export const violationNote = (i18n: I18n, { note, systemNote }: Pick<TViolation, 'note' | 'systemNote'>): string => {
  if (!systemNote) return note
  switch (systemNote.code) {
    case 'transferOverdue':
      return i18n.t('violation.note.transferOverdue', { invoice: systemNote.params.invoiceNumber, date: i18n.date(systemNote.params.transferDueOn) })
  }
}

/** Why a violation was voided, in the user's language when the relay worded it; as typed when staff did. */
export const violationVoidReason = (i18n: I18n, { voidReason, systemVoidReason }: Pick<TViolation, 'voidReason' | 'systemVoidReason'>): string => {
  if (!systemVoidReason) return voidReason ?? ''
  switch (systemVoidReason.code) {
    case 'clientPaymentCorrected': {
      const { paidOnBefore, paidOn, dueOnBefore, dueOn, reason } = systemVoidReason.params
      return i18n.t('violation.void.clientPaymentCorrected', {
        paidOnBefore: i18n.date(paidOnBefore),
        paidOn: i18n.date(paidOn),
        dueOnBefore: i18n.date(dueOnBefore),
        dueOn: i18n.date(dueOn),
        reason,
      })
    }
  }
}

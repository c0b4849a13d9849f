import type { TSystemReason } from '../../contract/statuses'
import type { StatusText } from './use-status-text'

type Reasoned = { reason: string | null; systemReason?: TSystemReason }

/**
 * Why a status changed, in the user's language: a reason the relay worded itself is said from its
 * code and facts (its English `reason` is for the audit trail); one vendor staff typed, as typed.
 */
export const reasonWords = ({ t, i18n }: StatusText, { reason, systemReason }: Reasoned): string | null => {
  if (!systemReason) return reason
  switch (systemReason.code) {
    case 'entered':
      return t('reason.entered')
    case 'authorized': {
      const { agreementSignedOn, invoiceNumber, transferReceivedOn } = systemReason.params
      return t('reason.authorized', { signedOn: i18n.date(agreementSignedOn), invoice: invoiceNumber, receivedOn: i18n.date(transferReceivedOn) })
    }
    case 'applicationApproved':
      return t('reason.applicationApproved', { appliedOn: i18n.date(systemReason.params.appliedOn), approvedOn: i18n.date(systemReason.params.approvedOn) })
    case 'reviewConfirmed': {
      // '2026-H1': the contract holds it to that shape.
      const [year, half] = systemReason.params.period.split('-H')
      return t('reason.reviewConfirmed', { date: i18n.date(systemReason.params.publicationOn), half, year })
    }
    case 'scheduled':
      return t('reason.scheduled', { date: i18n.date(systemReason.params.effectiveOn) })
    case 'requirementsHeld':
      return t('reason.requirementsHeld', { date: i18n.date(systemReason.params.checkedOn) })
  }
}

import type { TSystemReason } from '../../../../shared/src/contract'
import type { RenewalKind } from './due-renewals'

/**
 * A reason the relay gives for a status change or renewal: the English text kept for the audit
 * trail and API readers, and the code with its facts that the widget words in the user's language.
 * Built in one place so the two never say different things.
 */
export type SystemReason = { reason: string; systemReason: TSystemReason }

type Params<C extends TSystemReason['code']> = Extract<TSystemReason, { code: C }>['params']

/** The status a partner is entered with. */
export const enteredReason = (): SystemReason => ({ reason: 'Entered by the vendor', systemReason: { code: 'entered', params: {} } })

/** AG-3.1: the agreement is signed and the one-time purchase's transfer received. */
export const authorizedReason = (params: Params<'authorized'>): SystemReason => ({
  reason: `AG-3.1: agreement signed on ${params.agreementSignedOn}, transfer for invoice ${params.invoiceNumber} received on ${params.transferReceivedOn}`,
  systemReason: { code: 'authorized', params },
})

/** AG-3.3a: vendor staff approved an application and wrote no note. */
export const applicationApprovedReason = (params: Params<'applicationApproved'>): SystemReason => ({
  reason: `Application of ${params.appliedOn} approved on ${params.approvedOn} (AG-3.3a)`,
  systemReason: { code: 'applicationApproved', params },
})

/** AG-3.3b: vendor staff confirmed the half-year lists and wrote no note for this partner. */
export const reviewConfirmedReason = (params: Params<'reviewConfirmed'>): SystemReason => ({
  reason: `Half-year review ${params.period}, list of ${params.publicationOn} (AG-3.3b)`,
  systemReason: { code: 'reviewConfirmed', params },
})

const SCHEDULED_RULE = { application: 'AG-3.3a', review: 'AG-3.3b', staff: 'vendor staff decision' } as const

/** A scheduled change applied on its date that carried no reason of its own. */
export const scheduledReason = ({ effectiveOn, source }: { effectiveOn: string; source: keyof typeof SCHEDULED_RULE }): SystemReason => ({
  reason: `Scheduled change effective ${effectiveOn} (${SCHEDULED_RULE[source]})`,
  systemReason: { code: 'scheduled', params: { effectiveOn } },
})

/** AG-3.2 (certificate) or AG-3.3a (status): the yearly check found the requirements held. */
export const requirementsHeldReason = ({ kind, statusName, checkedOn }: { kind: RenewalKind; statusName: string; checkedOn: string }): SystemReason => ({
  reason: `${kind === 'certificate' ? 'AG-3.2' : 'AG-3.3a'}: requirements of "${statusName}" hold on ${checkedOn}`,
  systemReason: { code: 'requirementsHeld', params: { checkedOn } },
})

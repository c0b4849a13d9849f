import type { TSystemNote, TSystemVoidReason } from '../../../../shared/src/contract'

/**
 * A violation note the relay words itself: the English text kept for the audit trail and API
 * readers, and the code with its facts that the widget words in the user's language. Built in one
 * place so the two never say different things.
 */
export type SystemNote = { note: string; systemNote: TSystemNote }

type Params<C extends TSystemNote['code']> = Extract<TSystemNote, { code: C }>['params']

/** AT-1.6: the transfer for an invoice was not received by its deadline. */
export const transferOverdueNote = (params: Params<'transferOverdue'>): SystemNote => ({
  note: `Transfer for invoice ${params.invoiceNumber} not received by ${params.transferDueOn}`,
  systemNote: { code: 'transferOverdue', params },
})

/** Why the relay voided a violation: the English text for the audit trail, and the code the widget words. */
export type SystemVoidReason = { reason: string; systemVoidReason: TSystemVoidReason }

/** AT-1.6, AT-4.1: the corrected client-payment date moved the deadline, which no longer supports the violation. */
export const clientPaymentCorrectedVoid = (params: TSystemVoidReason['params']): SystemVoidReason => ({
  reason:
    `Client payment date corrected from ${params.paidOnBefore} to ${params.paidOn}; ` +
    `transfer deadline moved from ${params.dueOnBefore} to ${params.dueOn}: ${params.reason}`,
  systemVoidReason: { code: 'clientPaymentCorrected', params },
})

import type { TSystemNote } from '../../../../shared/src/contract'

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

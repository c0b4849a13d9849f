import { DomainError } from '../domain-error'
import type { PinDecision } from './transition-pin'

type Input = { decision: PinDecision; confirmedWithClient?: boolean; confirmationNote?: string }

const refuse = (path: string, message: string) => {
  throw new DomainError('invalid_request', message, { rule: 'AT-4.4', details: { fields: [{ path, message }] } })
}

/**
 * AT-4.4: before approving a pin, staff may ask the client whether it knows the partner. The mark
 * and its note belong to an approval only, and a note says what the client confirmed, so it comes
 * with the mark. Answers what the pin stores.
 * @throws invalid_request (AT-4.4) for the mark on a rejection or release, or a note without the mark.
 */
export const clientConfirmation = ({ decision, confirmedWithClient, confirmationNote }: Input) => {
  if (decision !== 'approve') {
    if (confirmedWithClient !== undefined) refuse('confirmedWithClient', 'Only an approval records that the client confirmed it knows the partner')
    if (confirmationNote !== undefined) refuse('confirmationNote', 'Only an approval records a note of the confirmation')
    return null
  }
  if (confirmationNote !== undefined && confirmedWithClient !== true) refuse('confirmationNote', 'A note goes with the mark that the client confirmed')
  return { confirmed: confirmedWithClient === true, note: confirmationNote ?? null }
}

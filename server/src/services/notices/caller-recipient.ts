import { AppError } from '../../../../shared/src/contract'
import type { Ctx } from '../context'
import { type NoticeRecipient, recipientKey } from './steps/add-notice'

/** The notices the caller reads: its partner's, or vendor staff's. */
export const callerRecipient = (ctx: Ctx): string => {
  const { actor } = ctx
  const recipient: NoticeRecipient | null = actor.kind === 'partner' ? { partnerId: actor.partnerId } : actor.kind === 'vendor' ? 'staff' : null
  if (!recipient) throw new AppError('forbidden', 'Only a linked CRM installation has notices')
  return recipientKey(recipient)
}

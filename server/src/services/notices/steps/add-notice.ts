import type { TNoticeFacts, TNoticeKind } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'
import { insertNotice } from '../../../store/queries/notices'

/** Who a notice is for: one partner (each of its installations) or vendor staff (each vendor installation). */
export type NoticeRecipient = { partnerId: string } | 'staff'

export const recipientKey = (recipient: NoticeRecipient) => (recipient === 'staff' ? 'staff' : `partner:${recipient.partnerId}`)

export type NoticeEvent = {
  kind: TNoticeKind
  rule: string | null
  /** The partner it is about, when it names one. */
  partnerId: string | null
  facts: TNoticeFacts
  /** What it is about ('invoice:<id>', 'pin:<id>', …): once that is done the notices are read. */
  subject: string
  /** Names the event, so one event tells each recipient once (with the recipient, the unique key). */
  eventKey: string
  at: Date
}

const toParams = (facts: TNoticeFacts): Record<string, string> =>
  Object.fromEntries(Object.entries(facts).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])))

/**
 * Records a notice for each recipient in the caller's transaction, so it exists exactly when the
 * event does; the same event again tells nobody twice. Links to the client's card when it names a
 * client, to the overview otherwise. Answers the recipients told now, for the open screens.
 */
export const addNotice = async (trx: Trx, recipients: NoticeRecipient[], event: NoticeEvent): Promise<NoticeRecipient[]> => {
  const told: NoticeRecipient[] = []
  for (const recipient of recipients) {
    const isNew = await insertNotice(trx, {
      recipient: recipientKey(recipient),
      partnerId: event.partnerId,
      kind: event.kind,
      rule: event.rule,
      params: toParams(event.facts),
      accountNumber: event.facts.accountNumber ?? null,
      dueOn: event.facts.dueOn ?? null,
      subject: event.subject,
      eventKey: event.eventKey,
      at: event.at,
    })
    if (isNew) told.push(recipient)
  }
  return told
}

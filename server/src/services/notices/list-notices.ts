import { noticesOf, unreadNoticeCount } from '../../store/queries/notices'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toNotice } from '../dto/to-notice'
import { callerRecipient } from './caller-recipient'

const LATEST = 50

/** The caller's latest notices, newest first, and how many of all of them are unread. */
export const listNotices = async (deps: Deps, ctx: Ctx) => {
  const recipient = callerRecipient(ctx)
  const [rows, unread] = await Promise.all([noticesOf(deps.db, { recipient, limit: LATEST }), unreadNoticeCount(deps.db, recipient)])
  return { notices: rows.map(toNotice), unread }
}

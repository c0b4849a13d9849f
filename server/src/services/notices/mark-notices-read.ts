import { AppError, type TMarkNoticesReadRequest } from '../../../../shared/src/contract'
import { ownNoticeIds, setNoticesRead, unreadNoticeCount } from '../../store/queries/notices'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { callerRecipient } from './caller-recipient'

/**
 * Marks the caller's notices read: the listed ones, or all. An id that is not the caller's (unknown,
 * or another recipient's) refuses the whole request and changes nothing.
 * @throws not_found naming the ids that are not the caller's.
 */
export const markNoticesRead = (deps: Deps, ctx: Ctx, body: TMarkNoticesReadRequest) =>
  runWrite(deps, ctx, { route: 'markNoticesRead', body }, async (trx) => {
    const recipient = callerRecipient(ctx)
    const ids = 'ids' in body ? [...new Set(body.ids)] : null
    if (ids) {
      const own = new Set(await ownNoticeIds(trx, { recipient, ids }))
      const unknown = ids.filter((id) => !own.has(id))
      if (unknown.length > 0) throw new AppError('not_found', `No such notice: ${unknown.join(', ')}`, { details: { ids: unknown } })
    }
    await setNoticesRead(trx, { recipient, ids, at: ctx.now })
    return { unread: await unreadNoticeCount(trx, recipient) }
  })

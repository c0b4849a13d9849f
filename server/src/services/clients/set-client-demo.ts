import { AppError, type TClientDemoRequest } from '../../../../shared/src/contract'
import { getClient, setClientDemoMark } from '../../store/queries/clients'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toClient } from '../dto/to-client'
import { runWrite } from '../run-write'

/**
 * Vendor staff set or clear a client's demo-account mark (AT-3.2), with the reason, in the audit
 * trail. While it is set the account is neither pinned nor invoiced; a pin it holds stays,
 * for staff to release if the account was handed to a client.
 * @throws not_found for an account not registered (AT-1.1); invalid_state when the mark is so already.
 */
export const setClientDemo = (deps: Deps, ctx: Ctx, accountNumber: string, body: TClientDemoRequest) =>
  runWrite(deps, ctx, { route: 'setClientDemo', params: { accountNumber }, body }, async (trx) => {
    const before = await getClient(trx, accountNumber)
    if (before.is_demo === body.demo) {
      throw new AppError('invalid_state', body.demo ? 'The account is marked as a demo account already' : 'The account has no demo mark to clear', {
        rule: 'AT-3.2',
      })
    }
    const client = await setClientDemoMark(trx, { accountNumber, isDemo: body.demo })
    await appendAudit(trx, ctx.actor, {
      action: body.demo ? 'client.demo-marked' : 'client.demo-cleared',
      entity: 'client',
      entityId: accountNumber,
      before: { demo: before.is_demo },
      after: { demo: body.demo },
      reason: body.reason,
    })
    return { client: toClient(client) }
  })

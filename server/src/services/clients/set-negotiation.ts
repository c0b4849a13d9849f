import { getClient, setClientNegotiation } from '../../store/queries/clients'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'

/**
 * Vendor staff open or close a direct-negotiation mark on a client (AT-1.2a): while it is open, no
 * partner can request a pin on the account. An existing pin is left alone.
 */
export const setNegotiation = (deps: Deps, ctx: Ctx, accountNumber: string, body: { open: boolean; note?: string }) =>
  runWrite(deps, ctx, { route: 'setNegotiation', params: { accountNumber }, body }, async (trx) => {
    const before = await getClient(trx, accountNumber)
    const note = body.note ?? (body.open ? before.negotiation_note : null)
    await setClientNegotiation(trx, { accountNumber, isOpen: body.open, note })
    const negotiation = { open: body.open, note }
    await appendAudit(trx, ctx.actor, {
      action: body.open ? 'negotiation.opened' : 'negotiation.closed',
      entity: 'client',
      entityId: accountNumber,
      before: { open: before.negotiation_open, note: before.negotiation_note },
      after: negotiation,
      reason: body.note,
    })
    return { accountNumber, negotiation }
  })

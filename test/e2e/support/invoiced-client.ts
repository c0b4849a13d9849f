import { createClient } from '../../../server/src/services/clients/create-client'
import type { Ctx } from '../../../server/src/services/context'
import { createInvoice } from '../../../server/src/services/invoices/create-invoice'
import { decidePin } from '../../../server/src/services/pins/decide-pin'
import { requestPin } from '../../../server/src/services/pins/request-pin'
import type { TCreateInvoiceRequest, TCrm } from '../../../shared/src/contract'
import type { Stack } from './start-stack'

/** How the relay's database has this CRM account linked, as the actor its requests act as. */
export const actorOf = async (stack: Stack, crm: TCrm, account: string): Promise<Ctx> => {
  const row = await stack.relay.deps.db.selectFrom('installations').selectAll().where('crm', '=', crm).where('account', '=', account).executeTakeFirstOrThrow()
  const base = { crm, account, userId: null, installationId: row.id }
  return { now: new Date(), actor: row.partner_id ? { kind: 'partner', ...base, partnerId: row.partner_id } : { kind: 'vendor', ...base } }
}

/**
 * What a file is not about, done through the relay's own use cases: the client registered, pinned
 * and invoiced today (the other end-to-end files walk these through the widget).
 */
export const invoicedClient = async (
  stack: Stack,
  crm: TCrm,
  accounts: { partner: string; vendor: string },
  client: { accountNumber: string; name: string },
  lines: TCreateInvoiceRequest['lines'] = [{ sku: 'atrealt-amocrm', quantity: 1, months: 1 }],
) => {
  const partner = await actorOf(stack, crm, accounts.partner)
  const vendor = await actorOf(stack, crm, accounts.vendor)
  await createClient(stack.relay.deps, partner, { accountNumber: client.accountNumber, name: client.name })
  const { pin } = await requestPin(stack.relay.deps, partner, { accountNumber: client.accountNumber })
  await decidePin(stack.relay.deps, vendor, pin.id, 'approve', {})
  const { invoice } = await createInvoice(stack.relay.deps, partner, { accountNumber: client.accountNumber, lines })
  return { invoice, partnerId: (partner.actor as { partnerId: string }).partnerId }
}

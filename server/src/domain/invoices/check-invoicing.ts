import { DomainError } from '../domain-error'
import { passes } from '../passes'
import type { Program } from '../program/program-schema'
import { assertSellsToEndCustomers } from '../statuses/assert-sells-to-end-customers'
import { assertInTerritory } from '../territory/assert-in-territory'

export type InvoicingInput = {
  program: Program
  partner: { id: string; state: string; status: string; countries: string[]; extraCountries: string[] }
  /** The client the lines are for, with the account's live pin whoever holds it; null for lines that name no client. */
  client: { isDemo: boolean; country: string; livePin: { partnerId: string; state: string } | null } | null
}

/**
 * Whether a partner may invoice now, for a client or for no client named (AT-1.2, AG-3.1): one
 * decision for the invoice service, which refuses with it, and for the client card, which offers
 * the form only where the invoice would be taken. Where the program requires no pin (Agat RT), a
 * registration is deal protection (AG-4) and not a condition of invoicing.
 * @throws partner_expelled (AT-4.1), not_entitled for a distributor and an end customer (AG-REQ),
 *   invalid_request for lines without a client where pins are required, demo_account (AT-3.2),
 *   outside_territory (AG-1.3), not_pinned (AT-1.2), pin_conflict (AT-1.2a).
 */
export const checkInvoicing = ({ program, partner, client }: InvoicingInput): void => {
  if (partner.state === 'expelled') {
    throw new DomainError('partner_expelled', 'The partner has been expelled from the program and cannot invoice', { rule: 'AT-4.1' })
  }
  if (!client) {
    if (!program.requiresPin) return
    throw new DomainError('invalid_request', 'Say which pinned client the sublicenses are for', {
      rule: 'AT-1.2',
      details: { fields: [{ path: 'accountNumber', message: 'Required' }] },
    })
  }
  assertSellsToEndCustomers(program, partner.status)
  if (client.isDemo) throw new DomainError('demo_account', 'This is a demo account: it cannot be invoiced', { rule: 'AT-3.2' })
  // The same territory as the pin's (AG-1.3): a client pinned before its country left the partner's territory is not invoiced either.
  assertInTerritory({ enforce: program.territory.enforce, partner, country: client.country })
  const pin = client.livePin
  if (program.requiresPin && !(pin?.partnerId === partner.id && pin.state === 'approved')) {
    throw new DomainError('not_pinned', 'The client is not pinned to you: request a pin and wait for approval before invoicing', { rule: 'AT-1.2' })
  }
  if (pin && pin.partnerId !== partner.id) {
    throw new DomainError('pin_conflict', 'The client is pinned to another partner', { rule: 'AT-1.2a', details: { reason: 'pinned-to-other' } })
  }
}

/** The same decision as a yes or no, for a screen that offers the invoice form only when it would be taken. */
export const mayInvoice = (input: InvoicingInput): boolean => passes(checkInvoicing, input)

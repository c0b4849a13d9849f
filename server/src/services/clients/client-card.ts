import type { TClientCardResponse } from '../../../../shared/src/contract'
import { DomainError } from '../../domain/domain-error'
import { mayInvoice } from '../../domain/invoices/check-invoicing'
import { type PaidInvoice, sublicenseTerms } from '../../domain/invoices/sublicense-terms'
import { urgentTransfer } from '../../domain/notices/urgent-transfer'
import { checkPinRequest } from '../../domain/pins/check-pin-request'
import type { Program } from '../../domain/program/program-schema'
import { notRegistered } from '../../store/queries/clients'
import type { InvoiceRow } from '../../store/queries/invoices'
import { clientWithPinsAndInvoices } from '../../store/queries/pins'
import { partnerIdOf } from '../actor'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toClient } from '../dto/to-client'
import { toInvoice } from '../dto/to-invoice'
import { toPin } from '../dto/to-pin'
import { netOfCreditNotes } from '../invoices/steps/net-of-credit-notes'
import { today } from '../today'

/** The refusal a rule check throws, as the wire error it would be; null when the check passes. */
const refusalOf = (check: () => unknown) => {
  try {
    check()
    return null
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return {
      code: error.code,
      message: error.message,
      ...(error.rule ? { rule: error.rule } : {}),
      ...(error.details === undefined ? {} : { details: error.details }),
    }
  }
}

const isLive = (state: string) => state === 'requested' || state === 'approved'

/** The paid, not void invoices among those loaded: the basis of the sublicense terms (AT-4.2). */
/** Paid invoices with their lines; a line stored before lines kept an English name takes the program file's. */
const paidOf = (program: Program, rows: InvoiceRow[]): PaidInvoice[] =>
  rows
    .filter((row) => row.state !== 'void' && row.client_paid_on !== null)
    .map((row) => ({
      id: row.id,
      number: row.number,
      clientPaidOn: row.client_paid_on!,
      onTime: row.on_time,
      lines: (row.lines as PaidInvoice['lines']).map((line) => {
        const nameEn = line.nameEn ?? program.products.find((product) => product.sku === line.sku)?.nameEn
        return nameEn ? { ...line, nameEn } : line
      }),
    }))

/**
 * The client card. A partner sees its own pin, invoices and paid terms, or only that the client is
 * pinned to another partner, and whether it may invoice the client now, decided by the same
 * check as the invoice itself so the widget never guesses (AT-1.2, AG-4), and why a pin request
 * would be refused, by the check the request runs (AT-1.2a); vendor staff see
 * everything, with the pin history and the terms paid (AT-4.2). One statement (it brings the
 * partner's own standing and the invoices along): the card is the hottest read of the relay.
 * @throws not_found when the account is not registered (AT-1.1).
 */
export const clientCard = async (deps: Deps, ctx: Ctx, accountNumber: string): Promise<TClientCardResponse> => {
  const db = deps.db
  const partnerId = partnerIdOf(ctx)
  const client = await clientWithPinsAndInvoices(db, accountNumber, partnerId)
  if (!client) throw notRegistered(accountNumber)
  const history = client.pins
  const livePin = history.find((pin) => isLive(pin.state))
  if (partnerId && livePin && livePin.partner_id !== partnerId) return { pinnedToOther: true }
  const rows = client.invoices
  const partner = client.caller
  const day = today(deps, ctx)
  const invoices = rows.map((row) => toInvoice(row, day, deps.calendars))
  // A partner sees the terms paid before the relay only on a client it holds the pin of.
  const importedTerms = !partnerId || livePin?.partner_id === partnerId ? client.imported_terms : []
  const { terms, supportedUntil } = sublicenseTerms(
    paidOf(deps.program, rows),
    importedTerms.map((term) => ({ id: term.id, sku: term.sku, name: term.name, quantity: term.quantity, paidUntil: term.paid_until })),
  )
  // The terms are strings, numbers and nulls already: the HTTP layer writes them as they are.
  const sublicenses = terms
  const pins = history.map(toPin)
  if (partnerId && partner) {
    const ownPins = pins.filter((pin) => pin.partnerId === partnerId)
    const isOwn = client.registered_by === partnerId || ownPins.length > 0
    const canInvoice =
      isOwn &&
      mayInvoice({
        program: deps.program,
        partner: { id: partnerId, state: partner.state, status: partner.status, countries: partner.countries, extraCountries: partner.extra_countries },
        client: { isDemo: client.is_demo, country: client.country, livePin: livePin ? { partnerId: livePin.partner_id, state: livePin.state } : null },
      })
    const pinRefusal = refusalOf(() =>
      checkPinRequest({
        partner: { id: partnerId, state: partner.state, countries: partner.countries, extraCountries: partner.extra_countries },
        client: { accountNumber, isDemo: client.is_demo, country: client.country, negotiationOpen: client.negotiation_open },
        livePin: livePin ? { partnerId: livePin.partner_id, state: livePin.state } : null,
        enforceTerritory: deps.program.territory.enforce,
        statusRule: deps.program.violations.statusRule,
      }),
    )
    const { requiresPin } = deps.program
    // From the invoices already loaded: the card's line costs no statement of its own.
    const urgent = urgentTransfer({
      awaited: rows
        .filter((row) => row.state === 'issued' && row.transfer_due_on !== null && row.transfer_received_on === null)
        .map((row) => ({ invoiceNumber: row.number, payableKop: netOfCreditNotes(row).payableKop, dueOn: row.transfer_due_on! })),
      today: day,
      leadWorkingDays: deps.program.transferReminderWorkingDays,
      calendars: deps.calendars,
    })
    return {
      view: 'partner',
      accountNumber,
      client: isOwn ? toClient(client) : null,
      pin: ownPins[0] ?? null,
      invoices,
      sublicenses,
      supportedUntil,
      canInvoice,
      requiresPin,
      pinRefusal,
      notice: urgent && {
        kind: urgent.kind,
        facts: { invoiceNumber: urgent.invoiceNumber, accountNumber, amountKop: Number(urgent.payableKop), dueOn: urgent.dueOn },
      },
    }
  }
  return {
    view: 'vendor',
    accountNumber,
    client: toClient(client),
    pin: livePin ? toPin(livePin) : (pins[0] ?? null),
    partner: livePin ? { id: livePin.partner_id, name: livePin.partner_name, state: livePin.partner_state, email: livePin.partner_email } : null,
    pinHistory: pins,
    negotiation: { open: client.negotiation_open, note: client.negotiation_note },
    invoices,
    sublicenses,
    supportedUntil,
  }
}

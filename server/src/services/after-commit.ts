import type { TInvoice, TLiveEventKind, TPin } from '../../../shared/src/contract'
import { partiesOfInvoices } from '../store/queries/invoices'
import type { Deps } from './deps'

/**
 * Tells the open screens what a write changed, once its transaction has committed (the write's
 * promise resolved): a screen that asks again then finds the change. A replayed write tells again,
 * which only makes the screens ask once more.
 */
export const tellScreens = async <T>(
  deps: Deps,
  written: Promise<T>,
  changed: (result: T) => { kind: TLiveEventKind; account: string | null; partnerId: string | null } | null,
) => {
  const result = await written
  const event = changed(result)
  if (event) deps.live?.publish(event)
  return result
}

/** What changed when a write answers an invoice. */
export const invoiceChanged =
  (kind: TLiveEventKind = 'invoice') =>
  ({ invoice }: { invoice: Pick<TInvoice, 'accountNumber' | 'partnerId'> }) => ({ kind, account: invoice.accountNumber, partnerId: invoice.partnerId })

/** What changed when a write answers a pin. */
export const pinChanged = (result: { pin: Pick<TPin, 'accountNumber' | 'partnerId'> } | object) =>
  'pin' in result ? { kind: 'pin' as const, account: result.pin.accountNumber, partnerId: result.pin.partnerId } : null

/** A bank statement's transfers, once recorded: each invoice's partner and client hear of its transfer. */
export const tellTransfers = async <T extends { recorded: { invoiceNumbers: string[] }[] }>(deps: Deps, written: Promise<T>) => {
  const result = await written
  const numbers = result.recorded.flatMap((payment) => payment.invoiceNumbers)
  if (deps.live)
    for (const row of await partiesOfInvoices(deps.db, numbers)) deps.live.publish({ kind: 'transfer', account: row.account_number, partnerId: row.partner_id })
  return result
}

import type { TInvoice, TLiveEventKind, TPin } from '../../../shared/src/contract'
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

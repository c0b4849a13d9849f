import { createStore } from 'zustand/vanilla'
import type { RenewalClient } from '../client/create-renewal-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TRenewal, TRenewalsResponse } from '../contract'

export type RenewalsState = {
  list: TRenewalsResponse | null
  error: RelayError | null
  isLoading: boolean
  /** The term the partner is renewing: the quote form shows, prefilled with its lines. */
  renewing: TRenewal | null
  load: () => Promise<void>
  renew: (renewal: TRenewal) => void
  cancel: () => void
  /** The renewal's invoice is made: the form closes and the list is asked again. */
  onInvoiced: () => Promise<void>
}

const keyOf = (renewal: TRenewal) => `${renewal.accountNumber}:${renewal.sku}`

/**
 * The renewals list (AT-1.6 prolongation): the terms ending soon as the relay counts them, and the
 * one being renewed. The form it opens is the ordinary quote form, prefilled, so the partner may
 * change the lines before the invoice is made.
 */
export const createRenewalsStore = ({ client }: { client: RenewalClient }) =>
  createStore<RenewalsState>()((set, get) => ({
    list: null,
    error: null,
    isLoading: false,
    renewing: null,
    load: async () => {
      set({ isLoading: true })
      try {
        const list = await client.renewals()
        // The term being renewed stays open while it is still listed.
        const renewing = get().renewing
        set({ list, error: null, isLoading: false, renewing: renewing && (list.renewals.find((r) => keyOf(r) === keyOf(renewing)) ?? null) })
      } catch (caught) {
        set({ error: toRelayError(caught), isLoading: false })
      }
    },
    renew: (renewal) => set({ renewing: renewal }),
    cancel: () => set({ renewing: null }),
    onInvoiced: async () => {
      set({ renewing: null })
      await get().load()
    },
  }))

export type RenewalsStore = ReturnType<typeof createRenewalsStore>

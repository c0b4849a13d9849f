import { createStore } from 'zustand/vanilla'
import type { VendorClient } from '../client/create-vendor-client'
import type { RelayError } from '../client/relay-error'
import type { TPartner } from '../contract'
import { outcomeAction } from './outcome-action'

/** What the last mark changed, for the screen to say in words. */
export type StaffMarkOutcome = { kind: 'countriesSet'; partner: TPartner } | { kind: 'demoSet'; demo: boolean }

export type StaffMarksState = {
  /** The action in flight: 'countries:<partnerId>' or 'demo:<accountNumber>'. */
  busy: string | null
  actionError: RelayError | null
  failedAction: string | null
  outcome: StaffMarkOutcome | null
  setPartnerCountries: (partnerId: string, input: { countries: string[]; extraCountries: string[]; reason: string }) => Promise<boolean>
  setClientDemo: (accountNumber: string, input: { demo: boolean; reason: string }) => Promise<boolean>
}

/**
 * The marks only vendor staff set, each with its reason: a partner's countries (AG-1.3) and a
 * client's demo mark (AT-3.2). One at a time, one Idempotency-Key per attempt; `after` reloads the
 * screen that shows what changed.
 */
export const createStaffMarksStore = ({ client, after }: { client: VendorClient; after?: () => Promise<void> }) => {
  return createStore<StaffMarksState>()((set, get) => {
    const act = outcomeAction<StaffMarkOutcome>({ get, set, after })
    return {
      busy: null,
      actionError: null,
      failedAction: null,
      outcome: null,
      setPartnerCountries: (partnerId, input) => {
        const body = { countries: input.countries, extraCountries: input.extraCountries, reason: input.reason.trim() }
        return act(`countries:${partnerId}`, [partnerId, body], async (key) => ({
          kind: 'countriesSet',
          partner: (await client.setPartnerCountries(partnerId, body, { idempotencyKey: key })).partner,
        }))
      },
      setClientDemo: (accountNumber, input) => {
        const body = { demo: input.demo, reason: input.reason.trim() }
        return act(`demo:${accountNumber}`, [accountNumber, body], async (key) => ({
          kind: 'demoSet',
          demo: (await client.setClientDemo(accountNumber, body, { idempotencyKey: key })).client.demo,
        }))
      },
    }
  })
}

export type StaffMarksStore = ReturnType<typeof createStaffMarksStore>

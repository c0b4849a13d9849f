import { createStore } from 'zustand/vanilla'
import type { StatusClient } from '../client/create-status-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TPartner } from '../contract/partners'
import type { TPartnerStatusResponse, TRecordEvidenceRequest } from '../contract/statuses'
import type { CrmHost } from '../host/crm-host'
import { createAttemptKeys } from './attempt-keys'
import { createPartnerStatusStore, type PartnerStatusStore } from './create-partner-status-store'
import { type ActionSlice, runAction } from './run-action'

export type PartnerAdminState = {
  /** Every partner, to pick one and to pick a distributor from; null until loaded. */
  partners: TPartner[] | null
  partnersError: RelayError | null
  partnerId: string | null
  /** The picked partner's status page; each write here puts the relay's answer in it. */
  partner: PartnerStatusStore | null
  /** 'agreement', 'evidence', 'void:<id>', 'thresholds', 'network', 'change', 'cancel:<id>' or 'renew' while it is sent. */
  busy: string | null
  actionError: RelayError | null
  failedAction: string | null
  /** The last action that went through, to say so beside its form. */
  done: string | null
  loadPartners: () => Promise<void>
  /** Picks the partner to manage; ignored while an action is in flight. */
  open: (partnerId: string) => void
  recordAgreement: (signedOn: string) => Promise<boolean>
  recordEvidence: (body: TRecordEvidenceRequest) => Promise<boolean>
  voidEvidence: (evidenceId: string, reason: string) => Promise<boolean>
  /** Individual half-year volume thresholds in kopecks (AG-REQ ***); {} brings back the program's. */
  setThresholds: (thresholds: Record<string, number>) => Promise<boolean>
  setNetworkParent: (parentPartnerId: string | null) => Promise<boolean>
  /** An empty `effectiveOn` means today. */
  changeStatus: (status: string, effectiveOn: string, reason: string) => Promise<boolean>
  cancelChange: (changeId: string, reason: string) => Promise<boolean>
  renew: (reason: string) => Promise<boolean>
}

type Options = {
  client: StatusClient
  host: CrmHost
  /** Told after each write that went through, e.g. to re-read the status board. */
  onChanged?: () => void
}

/** Vendor staff's records of one partner's status (AG-3.1, AG-REQ, AG-3): one partner at a time. */
export const createPartnerAdminStore = ({ client, host, onChanged }: Options) => {
  const keys = createAttemptKeys()
  return createStore<PartnerAdminState>()((set, get) => {
    const slice: ActionSlice = { get, set: (patch) => set(patch as Partial<PartnerAdminState>) }
    const act = (kind: string, body: object, send: (partnerId: string, key: string) => Promise<TPartnerStatusResponse>) => {
      const { partner, partnerId, busy } = get()
      if (!partner || !partnerId || busy) return Promise.resolve(false)
      set({ done: null })
      return runAction({
        ...slice,
        keys,
        kind,
        attempt: [partnerId, body],
        write: async (key) => {
          const answer = await send(partnerId, key)
          // Attaching to a network answers with the distributor's status: this partner's own is read again.
          if (answer.partnerId === partnerId) partner.setState({ status: answer, phase: 'ready', error: null })
          else await partner.getState().load()
        },
        after: async () => {
          set({ done: kind })
          onChanged?.()
        },
      })
    }

    return {
      partners: null,
      partnersError: null,
      partnerId: null,
      partner: null,
      busy: null,
      actionError: null,
      failedAction: null,
      done: null,

      loadPartners: async () => {
        set({ partnersError: null })
        try {
          set({ partners: (await client.partners()).partners })
        } catch (caught) {
          set({ partnersError: toRelayError(caught) })
        }
      },

      open: (partnerId) => {
        if (get().busy || partnerId === get().partnerId) return
        const partner = createPartnerStatusStore({ client, host, partnerId })
        set({ partnerId, partner, done: null, actionError: null, failedAction: null })
        void partner.getState().load()
      },

      recordAgreement: (signedOn) => {
        const body = { signedOn }
        return act('agreement', body, (id, key) => client.recordAgreement(id, body, { idempotencyKey: key }))
      },

      recordEvidence: (body) => act('evidence', body, (id, key) => client.recordEvidence(id, body, { idempotencyKey: key })),

      voidEvidence: (evidenceId, reason) => {
        const body = { reason }
        return act(`void:${evidenceId}`, body, (_, key) => client.voidEvidence(evidenceId, body, { idempotencyKey: key }))
      },

      setThresholds: (thresholds) => {
        const body = { thresholds }
        return act('thresholds', body, (id, key) => client.setThresholds(id, body, { idempotencyKey: key }))
      },

      setNetworkParent: (parentPartnerId) => {
        const body = { parentPartnerId }
        return act('network', body, (id, key) => client.setNetworkParent(id, body, { idempotencyKey: key }))
      },

      changeStatus: (status, effectiveOn, reason) => {
        const body = { status, effectiveOn: effectiveOn || undefined, reason }
        return act('change', body, (id, key) => client.changeStatus(id, body, { idempotencyKey: key }))
      },

      cancelChange: (changeId, reason) => {
        const body = { reason }
        return act(`cancel:${changeId}`, body, (_, key) => client.cancelStatusChange(changeId, body, { idempotencyKey: key }))
      },

      renew: (reason) => {
        const body = { reason }
        return act('renew', body, (id, key) => client.renewPartner(id, body, { idempotencyKey: key }))
      },
    }
  })
}

export type PartnerAdminStore = ReturnType<typeof createPartnerAdminStore>

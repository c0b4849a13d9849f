import { createStore } from 'zustand/vanilla'
import type { StatusClient } from '../client/create-status-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TPartner } from '../contract/partners'
import type { THandOverLeadRequest, TRegisterProjectRequest, TRegistration } from '../contract/registrations'
import type { TPrivilege } from '../contract/statuses'
import { createAttemptKeys } from './attempt-keys'
import { type ActionSlice, runAction } from './run-action'

export type RegistrationKind = 'client' | 'project'
/** A partner as a lead's addressee, with the "leads handed over by the vendor" row of its status (AG-PRIV). */
export type LeadPartner = { partner: TPartner; leads: TPrivilege['value'] }

export type RegistrationsState = {
  phase: 'loading' | 'ready' | 'failed'
  /** The partner's own, or all for vendor staff; null until the first load. */
  registrations: TRegistration[] | null
  /** The list's filter, the only one the query takes; undefined: both kinds. */
  kind: RegistrationKind | undefined
  error: RelayError | null
  /** 'project', 'lead' or '<renew|approve|reject|discount>:<registration id>' while it is sent. */
  busy: string | null
  actionError: RelayError | null
  failedAction: string | null
  /** The project just registered or the lead just handed over, as the relay answered. */
  written: TRegistration | null
  /** Every partner with its leads privilege (vendor staff); null until asked for. */
  partners: LeadPartner[] | null
  partnersError: RelayError | null
  load: (kind?: RegistrationKind) => Promise<void>
  loadPartners: () => Promise<boolean>
  registerProject: (body: TRegisterProjectRequest) => Promise<boolean>
  requestRenewal: (id: string, note: string) => Promise<boolean>
  approveRenewal: (id: string) => Promise<boolean>
  rejectRenewal: (id: string, reason: string) => Promise<boolean>
  setDiscount: (id: string, discountBps: number) => Promise<boolean>
  handOverLead: (body: THandOverLeadRequest) => Promise<boolean>
}

type Written = Promise<{ registration: TRegistration }>

/** Deal registrations (AG-4): the partner registers projects and asks for renewals; vendor staff decide, price and hand over leads. */
export const createRegistrationsStore = ({ client }: { client: StatusClient }) => {
  const keys = createAttemptKeys()
  return createStore<RegistrationsState>()((set, get) => {
    const slice: ActionSlice = { get, set: (patch) => set(patch as Partial<RegistrationsState>) }
    const reload = async () => {
      try {
        set({ registrations: (await client.registrations(get().kind)).registrations, phase: 'ready', error: null })
      } catch (caught) {
        set({ phase: 'failed', error: toRelayError(caught) })
      }
    }
    const act = (kind: string, attempt: unknown, send: (key: string) => Written, isKept = false) =>
      runAction({
        ...slice,
        keys,
        kind,
        attempt,
        after: reload,
        write: async (key) => {
          const { registration } = await send(key)
          set({ written: isKept ? registration : null })
        },
      })

    return {
      phase: 'loading',
      registrations: null,
      kind: undefined,
      error: null,
      busy: null,
      actionError: null,
      failedAction: null,
      written: null,
      partners: null,
      partnersError: null,

      load: async (kind) => {
        set({ phase: 'loading', error: null, kind })
        await reload()
      },

      // Privileges follow the status (AG-PRIV): one status answer per status held stands for all its partners.
      // Read beside the actions, not as one: the list stays usable meanwhile.
      loadPartners: async () => {
        set({ partnersError: null })
        try {
          const { partners } = await client.partners()
          const byStatus = new Map<string, Promise<TPrivilege[]>>()
          for (const { id, effectiveStatus } of partners) {
            if (!byStatus.has(effectiveStatus))
              byStatus.set(
                effectiveStatus,
                client.partnerStatus(id).then((status) => status.privileges),
              )
          }
          const rows = await Promise.all(partners.map(async (partner) => ({ partner, privileges: await byStatus.get(partner.effectiveStatus)! })))
          // A program without a privileges table restricts nothing.
          const leadsOf = (privileges: TPrivilege[]) => privileges.length === 0 || (privileges.find((row) => row.id === 'vendorLeads')?.value ?? false)
          set({ partners: rows.map(({ partner, privileges }) => ({ partner, leads: leadsOf(privileges) })) })
          return true
        } catch (caught) {
          set({ partnersError: toRelayError(caught) })
          return false
        }
      },

      registerProject: (body) => act('project', body, (key) => client.registerProject(body, { idempotencyKey: key }), true),

      requestRenewal: (id, note) => {
        const body = { note: note.trim() || undefined }
        return act(`renew:${id}`, body, (key) => client.requestRenewal(id, body, { idempotencyKey: key }))
      },

      approveRenewal: (id) => act(`approve:${id}`, {}, (key) => client.approveRenewal(id, {}, { idempotencyKey: key })),

      rejectRenewal: (id, reason) => {
        const body = { reason: reason.trim() }
        return act(`reject:${id}`, body, (key) => client.rejectRenewal(id, body, { idempotencyKey: key }))
      },

      setDiscount: (id, discountBps) => {
        const body = { discountBps }
        return act(`discount:${id}`, body, (key) => client.setProjectDiscount(id, body, { idempotencyKey: key }))
      },

      handOverLead: (body) => act('lead', body, (key) => client.handOverLead(body, { idempotencyKey: key }), true),
    }
  })
}

export type RegistrationsStore = ReturnType<typeof createRegistrationsStore>

import type { z } from 'zod'
import { createStore } from 'zustand/vanilla'
import { createOverviewClient } from '../client/create-overview-client'
import type { RelayClient } from '../client/create-relay-client'
import type { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TLedgerResponse, TMeResponse, TOverviewResponse, TPinDecisionRequest, TProgramResponse, TWarningCode, ZExpelResponse } from '../contract'
import type { CrmHost } from '../host/crm-host'
import { createAttemptKeys } from './attempt-keys'
import type { PinDecision } from './create-card-store'
import { createInvoiceActions } from './invoice-actions'
import { type ActionSlice, runAction } from './run-action'

type TExpelResponse = z.infer<typeof ZExpelResponse>

export type OverviewState = {
  phase: 'loading' | 'ready' | 'failed'
  me: TMeResponse | null
  overview: TOverviewResponse | null
  /** Read once: whether the program has live statuses (`statusRules`) decides which screens exist. */
  program: TProgramResponse | null
  /** The partner's statement; pages are appended as the user asks for more. */
  ledger: TLedgerResponse | null
  error: RelayError | null
  /** The action in flight: 'ledger' or '<action>:<id>'. */
  busy: string | null
  actionError: RelayError | null
  /** Which action the error belongs to, so it shows next to that action. */
  failedAction: string | null
  /** The last confirmed expulsion, to say how many pins it released (AT-4.3). */
  expelled: TExpelResponse | null
  load: () => Promise<void>
  loadMoreLedger: () => Promise<boolean>
  decidePin: (decision: PinDecision, pinId: string, input: TPinDecisionRequest) => Promise<boolean>
  expelPartner: (partnerId: string) => Promise<boolean>
  recordClientPayment: (invoiceId: string, paidOn: string, confirmed?: TWarningCode[]) => Promise<boolean>
  recordTransfer: (invoiceId: string, receivedOn: string) => Promise<boolean>
  downloadPdf: ReturnType<typeof createInvoiceActions>['downloadPdf']
}

/** The overview page: the partner's standing and statement, or what waits for vendor staff. */
export const createOverviewStore = ({ client, host }: { client: RelayClient; host: CrmHost }) => {
  const keys = createAttemptKeys()
  const reads = createOverviewClient(client.caller)
  return createStore<OverviewState>()((set, get) => {
    const slice: ActionSlice = { get, set: (patch) => set(patch as Partial<OverviewState>) }
    const reload = async () => {
      try {
        const me = await client.me()
        const [overview, ledger, program] = await Promise.all([
          reads.overview(),
          me.role === 'partner' ? reads.ledger() : Promise.resolve(null),
          get().program ?? client.program(),
        ])
        set({ me, overview, ledger, program, phase: 'ready', error: null })
      } catch (caught) {
        set({ phase: 'failed', error: toRelayError(caught) })
      }
    }
    const act = (kind: string, attempt: unknown, write: (key: string) => Promise<unknown>) => runAction({ ...slice, keys, kind, attempt, write, after: reload })

    return {
      phase: 'loading',
      me: null,
      overview: null,
      program: null,
      ledger: null,
      error: null,
      busy: null,
      actionError: null,
      failedAction: null,
      expelled: null,

      load: async () => {
        set({ phase: 'loading', error: null })
        await reload()
      },

      loadMoreLedger: async () => {
        const current = get().ledger
        if (!current?.nextCursor || get().busy) return false
        set({ busy: 'ledger', actionError: null, failedAction: null })
        try {
          const next = await reads.ledger({ cursor: current.nextCursor })
          set({ ledger: { ...next, entries: [...current.entries, ...next.entries] }, busy: null })
          return true
        } catch (caught) {
          set({ busy: null, actionError: toRelayError(caught), failedAction: 'ledger' })
          return false
        }
      },

      decidePin: (decision, pinId, input) => {
        const body = { ...input, reason: input.reason?.trim() || undefined, reference: input.reference?.trim() || undefined }
        const send = { approve: client.approvePin, reject: client.rejectPin, release: client.releasePin }[decision]
        return act(`${decision}:${pinId}`, body, (key) => send(pinId, body, { idempotencyKey: key }))
      },

      expelPartner: (partnerId) =>
        act(`expel:${partnerId}`, partnerId, async (key) => set({ expelled: await client.expelPartner(partnerId, { idempotencyKey: key }) })),

      ...createInvoiceActions({ ...slice, client, host, keys, after: reload }),
    }
  })
}

export type OverviewStore = ReturnType<typeof createOverviewStore>

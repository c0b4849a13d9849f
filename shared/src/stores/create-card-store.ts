import { createStore } from 'zustand/vanilla'
import { isAccountNumberOf } from '../checks/account-number'
import type { RelayClient } from '../client/create-relay-client'
import { RelayError } from '../client/relay-error'
import { toRelayError } from '../client/to-relay-error'
import type { TClientCardResponse, TCreateViolationRequest, TMeResponse, TPinDecisionRequest, TWarningCode } from '../contract'
import type { CrmHost } from '../host/crm-host'
import { createAttemptKeys } from './attempt-keys'
import { createInvoiceActions } from './invoice-actions'
import { type ActionSlice, runAction } from './run-action'

export type PinDecision = 'approve' | 'reject' | 'release'

export type RegisterInput = { name: string; inn?: string; email?: string; phone?: string; alsoPin: boolean }

export type CardState = {
  phase: 'loading' | 'ready' | 'failed'
  accountNumber: string | null
  accountSource: 'card' | 'typed' | null
  /** The CRM card's name, offered as the client's name when registering. */
  cardTitle: string | null
  me: TMeResponse | null
  card: TClientCardResponse | null
  /** False when the relay knows no such account. */
  isRegistered: boolean
  error: RelayError | null
  /** The action in flight: 'register', 'requestPin', 'negotiation', 'violation', or '<action>:<id>'. */
  busy: string | null
  actionError: RelayError | null
  /** Which action the error belongs to, so it shows next to that action. */
  failedAction: string | null
  /** A typed number written into the CRM card: 'saved', or 'refused' by the CRM (the registration stands). */
  cardSave: 'saved' | 'refused' | null
  load: () => Promise<void>
  /** Resolves false when the number is not of the program's format: nothing is asked or created then (AT-1.1). */
  setAccountNumber: (value: string) => Promise<boolean>
  register: (input: RegisterInput) => Promise<boolean>
  requestPin: () => Promise<boolean>
  decidePin: (decision: PinDecision, pinId: string, input: TPinDecisionRequest) => Promise<boolean>
  setNegotiation: (open: boolean, note?: string) => Promise<boolean>
  recordViolation: (partnerId: string, input: TCreateViolationRequest) => Promise<boolean>
  recordClientPayment: (invoiceId: string, paidOn: string, confirmed?: TWarningCode[]) => Promise<boolean>
  recordTransfer: (invoiceId: string, receivedOn: string) => Promise<boolean>
  downloadPdf: ReturnType<typeof createInvoiceActions>['downloadPdf']
  /** The quote form made an invoice: show it in the list. */
  refresh: () => Promise<void>
}

const blank = (value?: string) => (value?.trim() ? value.trim() : undefined)

/** The client card's state for one mounted widget (AT-1.1, AT-1.2, AT-4.2, AT-4.5). */
export const createCardStore = ({ client, host }: { client: RelayClient; host: CrmHost }) => {
  const keys = createAttemptKeys()
  return createStore<CardState>()((set, get) => {
    const fetchCard = async (accountNumber: string) => {
      try {
        set({ card: await client.clientCard(accountNumber), isRegistered: true, error: null, phase: 'ready' })
      } catch (caught) {
        const error = toRelayError(caught)
        if (error.code === 'not_found') set({ card: null, isRegistered: false, error: null, phase: 'ready' })
        else set({ card: null, error, phase: 'failed' })
      }
    }

    // A number the partner typed and the relay knows (found, or just registered) goes into the CRM
    // card, so the card carries it from now on. A CRM refusal is said, and changes nothing in the program.
    const saveTypedNumber = async () => {
      const { accountNumber, accountSource } = get()
      if (accountSource !== 'typed' || !accountNumber || !host.saveAccountNumber) return
      try {
        await host.saveAccountNumber(accountNumber)
        set({ cardSave: 'saved' })
      } catch {
        set({ cardSave: 'refused' })
      }
    }

    const slice: ActionSlice = { get, set: (patch) => set(patch as Partial<CardState>) }
    const act = (kind: string, attempt: unknown, write: (key: string) => Promise<unknown>) =>
      runAction({ ...slice, keys, kind, attempt, write, after: get().refresh })

    const accountOrThrow = () => {
      const accountNumber = get().accountNumber
      if (!accountNumber) throw new Error('No account number on this card')
      return accountNumber
    }

    return {
      phase: 'loading',
      accountNumber: null,
      accountSource: null,
      cardTitle: null,
      me: null,
      card: null,
      isRegistered: false,
      error: null,
      busy: null,
      actionError: null,
      failedAction: null,
      cardSave: null,

      load: async () => {
        set({ phase: 'loading', error: null, actionError: null })
        const facts = host.readCard().catch(() => ({ accountNumber: null, title: null }))
        let me: TMeResponse
        try {
          me = await client.me()
        } catch (caught) {
          set({ phase: 'failed', error: toRelayError(caught), me: null })
          return
        }
        const { accountNumber, title } = await facts
        const typed = get().accountSource === 'typed' ? get().accountNumber : null
        const number = typed ?? accountNumber
        set({ me, cardTitle: title, accountNumber: number, accountSource: typed ? 'typed' : number ? 'card' : null })
        if (number) await fetchCard(number)
        else set({ card: null, phase: 'ready' })
      },

      setAccountNumber: async (value) => {
        const accountNumber = value.trim()
        const digits = get().me?.program.accountNumberDigits
        if (!isAccountNumberOf(digits, accountNumber)) {
          const problem = { path: 'accountNumber', reason: 'account_number_format', digits }
          const error = new RelayError('invalid_request', 'Not an account number of this program', { rule: 'AT-1.1', details: { fields: [problem] } })
          set({ actionError: error, failedAction: 'account' })
          return false
        }
        set({ accountNumber, accountSource: 'typed', phase: 'loading', actionError: null, failedAction: null, cardSave: null })
        await fetchCard(accountNumber)
        if (get().isRegistered) await saveTypedNumber()
        return true
      },

      refresh: async () => {
        const accountNumber = get().accountNumber
        if (accountNumber) await fetchCard(accountNumber)
      },

      register: ({ alsoPin, ...input }) => {
        const body = {
          accountNumber: accountOrThrow(),
          name: input.name.trim(),
          inn: blank(input.inn),
          email: blank(input.email),
          phone: blank(input.phone),
        }
        return act('register', body, async (key) => {
          await client.createClient(body, { idempotencyKey: key })
          // The pin is its own attempt: if it fails the client stays registered and the card says so.
          if (alsoPin) await client.requestPin({ accountNumber: body.accountNumber }).catch(() => undefined)
        }).then(async (isDone) => {
          if (isDone) await saveTypedNumber()
          // Registered meanwhile (by another partner): show the card as it is now, which offers the pin.
          if (!isDone && get().actionError?.code === 'already_registered') await get().refresh()
          return isDone
        })
      },

      requestPin: () => {
        const body = { accountNumber: accountOrThrow() }
        return act('requestPin', body, (key) => client.requestPin(body, { idempotencyKey: key }))
      },

      decidePin: (decision, pinId, input) => {
        // The client's confirmation (AT-4.4) goes as the form gave it; reason and reference trimmed.
        const body = { ...input, reason: blank(input.reason), reference: blank(input.reference) }
        const send = { approve: client.approvePin, reject: client.rejectPin, release: client.releasePin }[decision]
        return act(`${decision}:${pinId}`, body, (key) => send(pinId, body, { idempotencyKey: key }))
      },

      setNegotiation: (open, note) => {
        const accountNumber = accountOrThrow()
        const body = { open, note: blank(note) }
        return act('negotiation', [accountNumber, body], (key) => client.setNegotiation(accountNumber, body, { idempotencyKey: key }))
      },

      recordViolation: (partnerId, input) => {
        const body = { rule: input.rule.trim(), note: input.note.trim(), occurredOn: blank(input.occurredOn) }
        return act('violation', [partnerId, body], (key) => client.recordViolation(partnerId, body, { idempotencyKey: key }))
      },

      ...createInvoiceActions({ ...slice, client, host, keys, after: () => get().refresh() }),
    }
  })
}

export type CardStore = ReturnType<typeof createCardStore>

import type { RelayClient } from '../client/create-relay-client'
import { toRelayError } from '../client/to-relay-error'
import type { TCreditNote, TInvoice, TWarningCode } from '../contract'
import type { CrmHost } from '../host/crm-host'
import type { AttemptKeys } from './attempt-keys'
import { type ActionSlice, runAction } from './run-action'
import { saveFile } from './save-file'

type Options = ActionSlice & {
  client: RelayClient
  host: CrmHost
  keys: AttemptKeys
  after: () => Promise<void>
}

/** What can be done to an invoice from a card or the overview: the same three actions in both. */
export const createInvoiceActions = ({ client, host, keys, get, set, after }: Options) => ({
  /** `confirmed` is the partner's yes to a date that makes the transfer late at once (AT-1.6). */
  recordClientPayment: (invoiceId: string, paidOn: string, confirmed?: TWarningCode[]) =>
    runAction({
      get,
      set,
      keys,
      kind: `clientPayment:${invoiceId}`,
      attempt: [paidOn, confirmed],
      after,
      write: (key) => client.recordClientPayment(invoiceId, { paidOn, ...(confirmed ? { confirmed } : {}) }, { idempotencyKey: key }),
    }),

  recordTransfer: (invoiceId: string, receivedOn: string) =>
    runAction({
      get,
      set,
      keys,
      kind: `transfer:${invoiceId}`,
      attempt: receivedOn,
      after,
      write: (key) => client.recordTransfer(invoiceId, { receivedOn }, { idempotencyKey: key }),
    }),

  /** The invoice's PDF, or with `creditNote` that credit note's «Корректировочный счёт»; a failure shows under the invoice. */
  downloadPdf: async (invoice: Pick<TInvoice, 'id' | 'number'>, creditNote?: Pick<TCreditNote, 'id' | 'number'>) => {
    set({ actionError: null, failedAction: null })
    try {
      const pdf = creditNote ? await client.creditNotePdf(creditNote.id) : await client.invoicePdf(invoice.id)
      ;(host.saveFile ?? saveFile)(pdf, creditNote ? `credit-note-${creditNote.number}.pdf` : `invoice-${invoice.number}.pdf`)
      return true
    } catch (caught) {
      set({ actionError: toRelayError(caught), failedAction: `pdf:${invoice.id}` })
      return false
    }
  },
})

import type { ComponentChildren, VNode } from 'preact'
import type { RelayError } from '../../client/relay-error'
import type { TCreditNote, TInvoice, TWarningCode } from '../../contract'
import { todayInProgramZone } from '../../i18n/format'
import { warningsOf } from '../../stores/quote-lines'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { DateAction } from '../kit/date-action'
import { ErrorNotice } from '../kit/notice'
import { Badge } from '../kit/status'
import { nameIn } from '../name-in'
import { ClientName } from './client-name'
import { invoiceStatus } from './invoice-status'
import { lineTerms } from './line-terms'
import { TransferDeadline } from './transfer-deadline'
import { dateLimitText, warningText } from './warning-text'

/** What a list of invoices can do; the handlers present decide which actions show. */
export type InvoiceHandlers = {
  busy: string | null
  failedAction: string | null
  actionError: RelayError | null
  /** The invoice's PDF, or one of its credit notes' (X-2). */
  onPdf: (invoice: TInvoice, creditNote?: TCreditNote) => void
  /** The partner records when the client paid (AT-1.6); `confirmed` is its yes to a date that makes the transfer late. */
  onClientPayment?: (invoiceId: string, paidOn: string, confirmed?: TWarningCode[]) => void
  /** Vendor staff record when the transfer arrived (AT-1.6). */
  onTransfer?: (invoiceId: string, receivedOn: string) => void
  /** Vendor staff's corrections of the invoice (AT-1.6, X-3), from the vendor's own chunk. */
  corrections?: (invoice: TInvoice) => ComponentChildren
}

/** Lists outside a client card name whose invoice it is: the partner (for staff) and the client's account. */
export type InvoiceContext = {
  showPartner?: boolean
  showAccount?: boolean
  /** How a page names whose invoice it is in its own way (the overview's names open the client or partner). */
  Party?: (props: { invoice: TInvoice; showPartner?: boolean }) => VNode
}

type InvoiceItemProps = InvoiceHandlers & InvoiceContext & { invoice: TInvoice; isNew?: boolean }

export const InvoiceItem = ({ invoice, showPartner, showAccount, Party, isNew, ...handlers }: InvoiceItemProps) => {
  const i18n = useI18n()
  const { busy, failedAction, actionError } = handlers
  const isOpen = invoice.state === 'issued'
  const ownError = failedAction?.endsWith(`:${invoice.id}`) ? actionError : null
  const paymentError = failedAction === `clientPayment:${invoice.id}` ? ownError : null
  // A late date is asked about in place (AT-1.6); a date past today is said next to the field.
  const lateWarnings = paymentError?.code === 'confirmation_required' ? warningsOf(paymentError.details) : []
  const paymentDateText = paymentError ? dateLimitText(i18n, paymentError.details, 'paidOn') : null
  const transferDateText = failedAction === `transfer:${invoice.id}` && ownError ? dateLimitText(i18n, ownError.details, 'receivedOn') : null
  const shownError = lateWarnings.length > 0 || paymentDateText || transferDateText ? null : ownError
  const status = invoiceStatus(invoice)
  return (
    <li
      class={`pr-invoice${invoice.isOverdue ? ' pr-invoice--overdue' : ''}${isNew ? ' pr-invoice--new' : ''}`}
      aria-current={isNew ? 'true' : undefined}
      data-invoice={invoice.number}
    >
      <div class="pr-invoice__head">
        <span class="pr-invoice__number">{i18n.t('invoice.title', { number: invoice.number })}</span>
        <span class="pr-muted">{i18n.t('invoice.issuedOn', { date: i18n.date(invoice.issuedOn) })}</span>
        <span class="pr-invoice__state">
          <Badge tone={status.tone}>{i18n.t(status.key, status.date ? { date: i18n.date(status.date) } : {})}</Badge>
        </span>
      </div>
      {Party ? (
        <Party invoice={invoice} showPartner={showPartner} />
      ) : (
        (showPartner || showAccount) && (
          <div class="pr-invoice__party">
            {showPartner && invoice.partnerName}
            {showPartner && showAccount && invoice.accountNumber && ' · '}
            {showAccount && invoice.accountNumber && <ClientName name={invoice.clientName} accountNumber={invoice.accountNumber} />}
          </div>
        )
      )}
      <ul class="pr-invoice__lines">
        {invoice.lines.map((line, index) => (
          <li key={index}>
            {nameIn(i18n.locale, line)}
            {' — '}
            <span class="pr-nowrap">{lineTerms(i18n, line)}</span>
          </li>
        ))}
      </ul>
      <div class="pr-invoice__amounts">
        <span>
          {i18n.t('quote.payable')}: <strong>{i18n.money(invoice.totals.payableKop)}</strong>
        </span>
        <Button variant="link" onClick={() => handlers.onPdf(invoice)} label={i18n.t('invoice.pdfLabel', { number: invoice.number })}>
          {i18n.t('invoice.pdf')}
        </Button>
      </div>
      {invoice.creditNotes.length > 0 && (
        <ul class="pr-invoice__notes">
          {invoice.creditNotes.map((note) => (
            <li key={note.id} data-credit-note={note.number}>
              {i18n.t('creditNote.title', { number: note.number, date: i18n.date(note.issuedOn) })}
              {': '}
              <span class="pr-nowrap">{i18n.t('creditNote.amount', { amount: i18n.money(note.totals.payableKop) })}</span>{' '}
              <Button variant="link" onClick={() => handlers.onPdf(invoice, note)} label={i18n.t('creditNote.pdfLabel', { number: note.number })}>
                {i18n.t('invoice.pdf')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {invoice.state === 'void' && invoice.voidReason && <div class="pr-muted">{i18n.t('invoice.voided', { reason: invoice.voidReason })}</div>}
      {invoice.clientPaidOn && <div>{i18n.t('invoice.clientPaidOn', { date: i18n.date(invoice.clientPaidOn) })}</div>}
      {isOpen && !invoice.clientPaidOn && handlers.onClientPayment && (
        <DateAction
          label={i18n.t('invoice.paymentDate')}
          action={i18n.t('invoice.recordPayment')}
          isBusy={busy === `clientPayment:${invoice.id}`}
          max={todayInProgramZone()}
          error={paymentDateText}
          confirm={
            paymentError && lateWarnings.length > 0
              ? {
                  token: paymentError,
                  lines: lateWarnings.map((warning) => warningText(i18n, warning, true)),
                  ask: i18n.t('payment.confirmAsk'),
                  action: i18n.t('payment.confirm'),
                  onConfirm: (date) =>
                    handlers.onClientPayment?.(
                      invoice.id,
                      date,
                      lateWarnings.map((warning) => warning.code),
                    ),
                }
              : null
          }
          onSubmit={(date) => handlers.onClientPayment?.(invoice.id, date)}
        />
      )}
      <TransferDeadline invoice={invoice} />
      {invoice.transferReceivedOn && (
        <div>
          {i18n.t('invoice.transferReceived', { date: i18n.date(invoice.transferReceivedOn) })}
          {invoice.onTime !== null && (
            <>
              {' '}
              <Badge tone={invoice.onTime ? 'ok' : 'bad'}>{invoice.onTime ? i18n.t('invoice.onTime') : i18n.t('invoice.late')}</Badge>
            </>
          )}
        </div>
      )}
      {isOpen && !invoice.transferReceivedOn && handlers.onTransfer && (
        <DateAction
          label={i18n.t('invoice.transferDate')}
          action={i18n.t('invoice.recordTransfer')}
          isBusy={busy === `transfer:${invoice.id}`}
          max={todayInProgramZone()}
          error={transferDateText}
          onSubmit={(date) => handlers.onTransfer?.(invoice.id, date)}
        />
      )}
      <ErrorNotice error={shownError} />
      {handlers.corrections?.(invoice)}
    </li>
  )
}

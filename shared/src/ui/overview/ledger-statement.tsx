import type { TLedgerResponse } from '../../contract'
import type { OverviewState } from '../../stores/create-overview-store'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { ErrorNotice } from '../kit/notice'
import { Empty, Facts } from '../kit/status'
import { accountKindOf, inOwnDirection, ledgerOperations } from './ledger-operations'

/**
 * The partner's statement as its accountant reads it: the balance of each account in words,
 * then each operation once — date, what happened, the invoice — with its postings folded under it
 * and what the partner owes the vendor after it.
 */
type LedgerStatementProps = {
  ledger: TLedgerResponse
  state: OverviewState
  onMore: () => void
  /** Downloads a credit note's «Корректировочный счёт» shown under its invoice. */
  onCreditNotePdf?: (invoice: { id: string; number: string }, creditNote: { id: string; number: string }) => void
}

export const LedgerStatement = ({ ledger, state, onMore, onCreditNotePdf }: LedgerStatementProps) => {
  const i18n = useI18n()
  const balances = Object.entries(ledger.balances).map(([account, kop]) => {
    const kind = accountKindOf(account)
    return [i18n.t(`ledger.account.${kind}`), i18n.money(inOwnDirection(kind, kop))] as [string, string]
  })
  const operations = ledgerOperations(ledger)
  const signed = (kop: number) => (kop > 0 ? `+${i18n.money(kop)}` : i18n.money(kop))
  return (
    <>
      {balances.length > 0 && <Facts rows={balances} />}
      {operations.length === 0 ? (
        <Empty>{i18n.t('overview.noLedger')}</Empty>
      ) : (
        <div class="pr-scroll">
          <table class="pr-table pr-ledger">
            <thead>
              <tr>
                <th scope="col">{i18n.t('ledger.date')}</th>
                <th scope="col">{i18n.t('ledger.operation')}</th>
                <th scope="col" class="pr-num">
                  {i18n.t('ledger.amount')}
                </th>
                <th scope="col" class="pr-num">
                  {i18n.t('ledger.owedToVendor')}
                </th>
              </tr>
            </thead>
            <tbody>
              {operations.map((operation) => (
                <tr key={operation.transactionId}>
                  <td>{i18n.timestamp(operation.at)}</td>
                  <td>
                    <span class="pr-ledger__operation">{i18n.t(`ledger.kind.${operation.kind}`)}</span>
                    {operation.invoiceNumber && (
                      <span class="pr-muted">
                        {' · '}
                        <span class="pr-nowrap">{i18n.t('ledger.invoice', { number: operation.invoiceNumber })}</span>
                      </span>
                    )}
                    {operation.creditNote && (
                      <span class="pr-muted">
                        {' · '}
                        <span class="pr-nowrap">{i18n.t('ledger.creditNote', { number: operation.creditNote.number })}</span>{' '}
                        {onCreditNotePdf && operation.invoiceId && operation.invoiceNumber && (
                          <Button
                            variant="link"
                            label={i18n.t('creditNote.pdfLabel', { number: operation.creditNote.number })}
                            onClick={() => {
                              const { invoiceId, invoiceNumber, creditNote } = operation
                              if (invoiceId && invoiceNumber && creditNote) onCreditNotePdf({ id: invoiceId, number: invoiceNumber }, creditNote)
                            }}
                          >
                            {i18n.t('invoice.pdf')}
                          </Button>
                        )}
                      </span>
                    )}
                    <ul class="pr-ledger__postings">
                      {operation.postings.map((posting) => (
                        <li key={posting.postingId}>
                          <span>{i18n.t(`ledger.account.${posting.account}`)}</span>
                          <span class={`pr-nowrap${posting.amountKop < 0 ? ' pr-neg' : ''}`}>{signed(posting.amountKop)}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td class={`pr-num${operation.amountKop < 0 ? ' pr-neg' : ''}`}>{i18n.money(operation.amountKop)}</td>
                  <td class="pr-num">
                    <span class="pr-ledger__caption">{i18n.t('ledger.owedToVendor')}: </span>
                    {i18n.money(operation.owedToVendorKop)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state.failedAction === 'ledger' && <ErrorNotice error={state.actionError} />}
      {ledger.nextCursor !== null && (
        <Button variant="link" isBusy={state.busy === 'ledger'} onClick={onMore}>
          {i18n.t('common.more')}
        </Button>
      )}
    </>
  )
}

import type { TLedgerResponse } from '../../contract'
import type { OverviewState } from '../../stores/create-overview-store'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { ErrorNotice } from '../kit/notice'
import { Empty, Facts } from '../kit/status'

/** Ledger kinds and account names are identifiers; show them readably without guessing a translation. */
const readable = (value: string) => value.replace(/[_:-]+/g, ' ')

/** The partner's statement: entries with running balances, then the balance of each account. */
export const LedgerStatement = ({ ledger, state, onMore }: { ledger: TLedgerResponse; state: OverviewState; onMore: () => void }) => {
  const i18n = useI18n()
  const balances = Object.entries(ledger.balances)
  return (
    <>
      {balances.length > 0 && <Facts rows={balances.map(([account, kop]) => [readable(account), i18n.money(kop)])} />}
      {ledger.entries.length === 0 ? (
        <Empty>{i18n.t('overview.noLedger')}</Empty>
      ) : (
        <div class="pr-scroll">
          <table class="pr-table pr-ledger">
            <thead>
              <tr>
                <th scope="col">{i18n.t('ledger.date')}</th>
                <th scope="col">{i18n.t('ledger.operation')}</th>
                <th scope="col" class="pr-num">{i18n.t('ledger.amount')}</th>
                <th scope="col" class="pr-num">{i18n.t('ledger.balance')}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.entries.map((entry) => (
                <tr key={entry.postingId}>
                  <td>{i18n.timestamp(entry.at)}</td>
                  <td>
                    {readable(entry.kind)}
                    {entry.invoiceNumber && <span class="pr-muted"> · № {entry.invoiceNumber}</span>}
                    <div class="pr-muted">{readable(entry.account)}</div>
                  </td>
                  <td class={`pr-num${entry.amountKop < 0 ? ' pr-neg' : ''}`}>{i18n.money(entry.amountKop)}</td>
                  <td class="pr-num">{i18n.money(entry.balanceKop)}</td>
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

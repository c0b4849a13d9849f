import type { TInvoice } from '../../contract'
import { useI18n } from '../context'
import { Badge } from '../kit/status'

/** The deadline and working days left exactly as the relay counted them (AT-1.6, X-7). */
export const TransferDeadline = ({ invoice }: { invoice: TInvoice }) => {
  const i18n = useI18n()
  if (!invoice.transferDueOn || invoice.transferReceivedOn) return null
  const left = invoice.workingDaysLeft
  const count = (n: number) => ({ n, days: i18n.plural(n, 'days') })
  return (
    <div class={`pr-deadline${invoice.isOverdue ? ' pr-deadline--overdue' : ''}`}>
      <span>{i18n.t('invoice.dueOn', { date: i18n.date(invoice.transferDueOn) })}</span>
      {invoice.isOverdue ? (
        <Badge tone="bad">
          {i18n.t('invoice.overdue')}
          {left !== null && left < 0 ? ` ${i18n.t('invoice.overdueBy', count(-left))}` : ''}
        </Badge>
      ) : left === 0 ? (
        <Badge tone="warn">{i18n.t('invoice.dueToday')}</Badge>
      ) : left !== null ? (
        <Badge tone={left <= 1 ? 'warn' : 'info'}>{i18n.t('invoice.daysLeft', count(left))}</Badge>
      ) : null}
      {invoice.transferDueEstimated ? (
        <span class="pr-hint">{i18n.t('invoice.estimated')}</span>
      ) : (
        invoice.transferDueOnProvisional && <span class="pr-hint">{i18n.t('invoice.provisional')}</span>
      )}
    </div>
  )
}

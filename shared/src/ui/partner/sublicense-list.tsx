import type { TSublicense } from '../../contract'
import { useI18n } from '../context'
import { Badge, Empty } from '../kit/status'
import { nameIn } from '../name-in'
import { lineTerms } from './line-terms'

/** Each paid line as a sublicense term: product, count, months, paid period, whether the transfer was on time (AT-4.2). */
export const SublicenseList = ({ sublicenses }: { sublicenses: TSublicense[] }) => {
  const i18n = useI18n()
  if (sublicenses.length === 0) return <Empty>{i18n.t('sublicenses.empty')}</Empty>
  return (
    <ul class="pr-list">
      {sublicenses.map((line) => (
        <li class="pr-sublicense" key={`${line.invoiceId}-${line.sku}`}>
          <div class="pr-sublicense__head">
            <strong>{nameIn(i18n.locale, line)}</strong>
            <span>{lineTerms(i18n, line)}</span>
          </div>
          <div class="pr-muted">
            {line.paidThrough
              ? i18n.t('sublicense.period', { from: i18n.date(line.paidFrom), through: i18n.date(line.paidThrough) })
              : i18n.t('sublicense.from', { from: i18n.date(line.paidFrom) })}
            {' · '}
            <span class="pr-nowrap">{i18n.t('sublicense.invoice', { number: line.invoiceNumber })}</span>
          </div>
          {line.transferOnTime === null ? (
            <Badge tone="muted">{i18n.t('sublicense.pending')}</Badge>
          ) : (
            <Badge tone={line.transferOnTime ? 'ok' : 'bad'}>{line.transferOnTime ? i18n.t('sublicense.onTime') : i18n.t('sublicense.late')}</Badge>
          )}
        </li>
      ))}
    </ul>
  )
}

import type { TSublicense } from '../../contract'
import { useI18n } from '../context'
import { Badge, Empty } from '../kit/status'
import { nameIn } from '../name-in'
import { lineTerms } from './line-terms'

/** Each paid line as a sublicense term: product, count, months, paid period, whether the transfer was on time (AT-4.2); a term paid before the relay, until when. */
export const SublicenseList = ({ sublicenses }: { sublicenses: TSublicense[] }) => {
  const i18n = useI18n()
  if (sublicenses.length === 0) return <Empty>{i18n.t('sublicenses.empty')}</Empty>
  return (
    <ul class="pr-list">
      {sublicenses.map((line) => (
        <li class="pr-sublicense" key={`${line.invoiceId}-${line.sku}`}>
          <div class="pr-sublicense__head">
            <strong>{nameIn(i18n.locale, line)}</strong>
            <span>{line.imported ? `${i18n.count(line.quantity)} ${i18n.plural(line.quantity, 'sublicenses')}` : lineTerms(i18n, line)}</span>
          </div>
          <div class="pr-muted">
            {line.paidFrom === null
              ? i18n.t('sublicense.until', { through: i18n.date(line.paidThrough ?? '') })
              : line.paidThrough
                ? i18n.t('sublicense.period', { from: i18n.date(line.paidFrom), through: i18n.date(line.paidThrough) })
                : i18n.t('sublicense.from', { from: i18n.date(line.paidFrom) })}
            {!line.imported && ' · '}
            {!line.imported && <span class="pr-nowrap">{i18n.t('sublicense.invoice', { number: line.invoiceNumber })}</span>}
          </div>
          {line.imported ? (
            <Badge tone="muted">{i18n.t('sublicense.imported')}</Badge>
          ) : line.transferOnTime === null ? (
            <Badge tone="muted">{i18n.t('sublicense.pending')}</Badge>
          ) : (
            <Badge tone={line.transferOnTime ? 'ok' : 'bad'}>{line.transferOnTime ? i18n.t('sublicense.onTime') : i18n.t('sublicense.late')}</Badge>
          )}
        </li>
      ))}
    </ul>
  )
}

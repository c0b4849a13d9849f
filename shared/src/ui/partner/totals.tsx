import type { TQuoteResponse } from '../../contract'
import { useI18n } from '../context'

/** The four figures of AT-5.1 as the relay computed them; the form adds nothing of its own. */
export const Totals = ({ quote, isStale }: { quote: TQuoteResponse; isStale?: boolean }) => {
  const i18n = useI18n()
  const { totals, lines } = quote
  const rates = [...new Set(lines.map((line) => line.discountBps))]
  return (
    <dl class={`pr-totals${isStale ? ' pr-totals--stale' : ''}`}>
      <div class="pr-totals__row">
        <dt>{i18n.t('quote.clientPrice')}</dt>
        <dd>{i18n.money(totals.listKop)}</dd>
      </div>
      <div class="pr-totals__row">
        <dt>{i18n.t('quote.discount')}</dt>
        <dd>{rates.map((bps) => i18n.percent(bps)).join(' / ')}</dd>
      </div>
      <div class="pr-totals__row pr-totals__row--main">
        <dt>{i18n.t('quote.payable')}</dt>
        <dd>{i18n.money(totals.payableKop)}</dd>
      </div>
      <div class="pr-totals__row pr-totals__row--reward">
        <dt>{i18n.t('quote.reward')}</dt>
        <dd>{i18n.money(totals.rewardKop)}</dd>
      </div>
      <div class="pr-totals__row pr-totals__row--minor">
        <dt>{totals.vatKop > 0 ? i18n.t('quote.vat') : i18n.t('quote.noVat')}</dt>
        <dd>{totals.vatKop > 0 ? i18n.money(totals.vatKop) : ''}</dd>
      </div>
    </dl>
  )
}

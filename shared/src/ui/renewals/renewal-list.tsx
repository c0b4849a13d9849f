import { useEffect, useMemo } from 'preact/hooks'
import { createRenewalClient } from '../../client/create-renewal-client'
import type { TRenewal } from '../../contract'
import { loadRenewalMessages } from '../../i18n/load-renewal-messages'
import { createRenewalsStore, type RenewalsStore } from '../../stores/create-renewals-store'
import { useUi } from '../context'
import { Button } from '../kit/button'
import { ErrorNotice, Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Badge, Empty, Loading } from '../kit/status'
import { lazyWords } from '../kit/use-lazy-words'
import { QuoteForm } from '../partner/quote-form'
import { useStore } from '../use-store'

const useRenewalText = lazyWords(loadRenewalMessages)
type RenewalText = NonNullable<ReturnType<typeof useRenewalText>>

const Item = ({ renewal, text, isStaff, onRenew }: { renewal: TRenewal; text: RenewalText; isStaff: boolean; onRenew: () => void }) => {
  const { i18n, t } = text
  return (
    <li class="pr-renewal">
      <div class="pr-sublicense__head">
        <strong>{t('renewals.client', { name: renewal.clientName, account: renewal.accountNumber })}</strong>
        <Badge tone={renewal.daysLeft <= 7 ? 'bad' : 'warn'}>
          {renewal.daysLeft === 0 ? t('renewals.today') : t('renewals.daysLeft', { days: renewal.daysLeft })}
        </Badge>
      </div>
      <div>{t('renewals.line', { product: renewal.name, quantity: renewal.quantity, months: renewal.months })}</div>
      <div class="pr-muted">
        {t('renewals.paidThrough', { date: i18n.date(renewal.paidThrough) })}
        {isStaff && ` · ${t('renewals.partner', { partner: renewal.partnerName })}`}
      </div>
      {!isStaff && (
        <div class="pr-actions">
          <Button onClick={onRenew} label={`${t('renewals.renew')}: ${renewal.clientName}, ${renewal.name}`}>
            {t('renewals.renew')}
          </Button>
        </div>
      )}
    </li>
  )
}

const RenewalForm = ({ renewal, text, store }: { renewal: TRenewal; text: RenewalText; store: RenewalsStore }) => {
  const { i18n, t } = text
  const initial = useMemo(() => ({ sku: renewal.sku, quantity: String(renewal.quantity), months: String(renewal.months) }), [renewal])
  return (
    <div class="pr-renewal-form">
      <Notice kind="info">{t('renewals.forClient', { name: renewal.clientName, account: renewal.accountNumber })}</Notice>
      <QuoteForm
        accountNumber={renewal.accountNumber}
        initial={initial}
        intro={
          <p class="pr-muted">
            {t('renewals.nextTerm', {
              from: i18n.date(renewal.next.startsOn),
              through: i18n.date(renewal.next.endsOn),
              date: i18n.date(renewal.paidThrough),
              rule: i18n.rule('AT-1.6') ?? 'AT-1.6',
            })}
          </p>
        }
        onCreated={() => void store.getState().onInvoiced()}
      />
      <Button variant="link" onClick={() => store.getState().cancel()}>
        {t('renewals.cancel')}
      </Button>
    </div>
  )
}

/**
 * Client terms ending soon (AT-1.6 prolongation), a part of the overview with its own chunk and
 * words: a partner renews a term from here with the quote form prefilled; vendor staff see every
 * partner's, the renewals at risk. `reloadKey` changes when the overview is loaded again.
 */
export const RenewalList = ({ isStaff, reloadKey }: { isStaff: boolean; reloadKey?: unknown }) => {
  const { client } = useUi()
  const text = useRenewalText()
  const store = useMemo(() => createRenewalsStore({ client: createRenewalClient(client.caller) }), [client])
  const state = useStore(store)
  useEffect(() => {
    void store.getState().load()
  }, [store, reloadKey])
  if (!text) return <Loading />
  const days = state.list?.days ?? 60
  return (
    <Section title={text.t(isStaff ? 'renewals.titleStaff' : 'renewals.title', { days })} class="pr-span">
      {state.error && !state.list ? (
        <ErrorNotice error={state.error} onRetry={() => void store.getState().load()} />
      ) : !state.list ? (
        <Loading />
      ) : state.renewing ? (
        <RenewalForm renewal={state.renewing} text={text} store={store} />
      ) : state.list.renewals.length === 0 ? (
        <Empty>{text.t('renewals.empty', { days })}</Empty>
      ) : (
        <ul class="pr-list">
          {state.list.renewals.map((renewal) => (
            <Item
              key={`${renewal.accountNumber}:${renewal.sku}`}
              renewal={renewal}
              text={text}
              isStaff={isStaff}
              onRenew={() => store.getState().renew(renewal)}
            />
          ))}
        </ul>
      )}
    </Section>
  )
}

import { useEffect } from 'preact/hooks'
import type { CardStore } from '../../stores/create-card-store'
import { useI18n, useUi } from '../context'
import { ErrorNotice, Notice } from '../kit/notice'
import { Loading } from '../kit/status'
import { useStore } from '../use-store'
import { AccountBar } from './account-bar'
import { cardView } from './card-view'
import { LazyPartnerCard, LazyRegisterForm } from './lazy-partner-card'
import { LazyVendorCard } from './lazy-vendor-card'

/** The widget on a client card (company, contact, lead or deal), for partners and vendor staff alike. */
export const CardPanel = ({ store }: { store: CardStore }) => {
  const i18n = useI18n()
  const state = useStore(store)
  useEffect(() => {
    void store.getState().load()
  }, [store])
  // A change to this client (or one the stream could not name) shows without a reload.
  const { live } = useUi()
  useEffect(
    () =>
      live?.onChange((event) => {
        if (!event || event.account === null || event.account === store.getState().accountNumber) void store.getState().refresh()
      }),
    [live, store],
  )
  const view = cardView(state)
  const props = { state, store }
  const retry = () => void store.getState().load()

  switch (view.kind) {
    case 'loading':
      return <Loading />
    case 'not-configured':
      return <Notice kind="info">{i18n.t('setup.noRelay')}</Notice>
    case 'not-linked':
      return <Notice kind="info">{i18n.t('setup.notLinked')}</Notice>
    case 'failed':
      return (
        <>
          {state.accountNumber && <AccountBar {...props} />}
          <ErrorNotice error={state.error} onRetry={retry} />
        </>
      )
    case 'no-account':
      return (
        <>
          <p class="pr-muted">{i18n.t('account.missing')}</p>
          <AccountBar {...props} />
        </>
      )
  }
  return (
    <>
      <AccountBar key={state.accountNumber} {...props} />
      {view.kind === 'not-registered' &&
        (state.me?.role === 'vendor' ? (
          <Notice kind="info">{i18n.t('vendor.notRegistered')}</Notice>
        ) : (
          <LazyRegisterForm {...props} canAct={state.me?.partner?.state !== 'expelled'} />
        ))}
      {view.kind === 'pinned-to-other' && <Notice kind="warning">{i18n.t('client.pinnedToOther')}</Notice>}
      {view.kind === 'partner' && <LazyPartnerCard card={view.card} {...props} />}
      {view.kind === 'vendor' && <LazyVendorCard card={view.card} {...props} />}
    </>
  )
}

import { useEffect } from 'preact/hooks'
import { isNotLinked } from '../../client/relay-error'
import type { OverviewStore } from '../../stores/create-overview-store'
import { useI18n } from '../context'
import { ErrorNotice, Notice } from '../kit/notice'
import { Loading } from '../kit/status'
import { useStore } from '../use-store'
import { LazyVendorOverview } from './lazy-vendor-overview'
import { OverviewSections } from './overview-sections'
import { PartnerOverview } from './partner-overview'

/** The overview page: amoCRM's advanced settings page, Bitrix24's default placement. */
export const OverviewPage = ({ store }: { store: OverviewStore }) => {
  const i18n = useI18n()
  const state = useStore(store)
  useEffect(() => {
    void store.getState().load()
  }, [store])
  if (state.phase === 'loading' && !state.overview) return <Loading />
  if (state.phase === 'failed' || !state.overview) {
    if (state.error?.code === 'not_configured') return <Notice kind="info">{i18n.t('setup.noRelay')}</Notice>
    if (isNotLinked(state.error)) return <Notice kind="info">{i18n.t('setup.notLinked')}</Notice>
    return <ErrorNotice error={state.error} onRetry={() => void store.getState().load()} />
  }
  const summary =
    state.overview.view === 'partner' ? (
      <PartnerOverview overview={state.overview} state={state} store={store} />
    ) : (
      <LazyVendorOverview overview={state.overview} state={state} store={store} />
    )
  // A program without live statuses (ATRealt) keeps the single page it always had.
  if (!state.me || !state.program?.statusRules) return summary
  return <OverviewSections me={state.me} program={state.program} summary={summary} />
}

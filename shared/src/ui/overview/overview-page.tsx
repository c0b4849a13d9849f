import { useEffect, useRef, useState } from 'preact/hooks'
import { isNotLinked } from '../../client/relay-error'
import type { OverviewStore } from '../../stores/create-overview-store'
import { useI18n, useUi } from '../context'
import { ErrorNotice, Notice } from '../kit/notice'
import { Loading } from '../kit/status'
import { NoticesFold } from '../notices/notices-fold'
import { useStore } from '../use-store'
import { type Detail, OpenDetail } from './detail-links'
import { LazyDetail } from './lazy-detail'
import { LazyVendorOverview } from './lazy-vendor-overview'
import { OverviewSections } from './overview-sections'
import { PartnerOverview } from './partner-overview'

/** The overview page: amoCRM's advanced settings page, Bitrix24's default placement. */
export const OverviewPage = ({ store }: { store: OverviewStore }) => {
  const i18n = useI18n()
  const state = useStore(store)
  const [detail, setDetail] = useState<Detail | null>(null)
  // The name that opened a detail gets the focus back when the user returns.
  const opener = useRef<HTMLElement | null>(null)
  const open = (next: Detail) => {
    if (!detail) opener.current = document.activeElement as HTMLElement | null
    setDetail(next)
  }
  const back = () => {
    setDetail(null)
    // After the overview is shown again: the opener is hidden until then.
    setTimeout(() => opener.current?.focus())
  }
  useEffect(() => {
    void store.getState().load()
  }, [store])
  // Whatever changed that the caller may see, the page asks again (a partner hears only of its own).
  const { live } = useUi()
  useEffect(() => live?.onChange(() => void store.getState().load()), [live, store])
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
  const page = !state.me || !state.program?.statusRules ? summary : <OverviewSections me={state.me} program={state.program} summary={summary} />
  // The overview stays mounted under an opened client or partner, so the way back finds it as it was.
  return (
    <OpenDetail.Provider value={open}>
      <div hidden={detail !== null}>
        <NoticesFold unread={state.overview.unreadNotices} />
        {page}
      </div>
      {detail && (
        <LazyDetail
          detail={detail}
          partner={
            detail.kind === 'partner' && state.overview.view === 'vendor'
              ? state.overview.partners.find((partner) => partner.id === detail.partnerId)
              : undefined
          }
          program={state.program}
          onBack={back}
        />
      )}
    </OpenDetail.Provider>
  )
}

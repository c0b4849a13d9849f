import type { VNode } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { RelayError } from '../../client/relay-error'
import type { TProgramResponse } from '../../contract'
import { loadStatusMessages } from '../../i18n/load-status-messages'
import type { StatusMessages } from '../../i18n/status-ru'
import { useI18n } from '../context'
import { ErrorNotice } from '../kit/notice'
import { Loading } from '../kit/status'
import { StatusWords } from '../status/use-status-text'

type ScreenProps = { partnerId: string; program: TProgramResponse }
type Screen = (props: ScreenProps) => VNode | null

/**
 * The status screens (AG-3) are chunks of their own, one per tab: only a program with live statuses
 * downloads them, and a tab only its own screen.
 */
const SCREENS = {
  /** The partner's own status. */
  status: () => import('../status/partner-status-screen').then((module): Screen => module.PartnerStatusScreen),
  /** The vendor's status board. */
  statuses: () => import('../status/status-board-screen').then((module): Screen => module.StatusBoardScreen),
  /** The half-year results. */
  reviews: () => import('../status/review-screen').then((module): Screen => module.ReviewScreen),
}

type Loaded = { Screen: Screen; messages: StatusMessages }

/** Loads a status screen and its words on first use; a failed download says so and can be retried. */
export const LazyStatusScreen = ({ screen, ...props }: ScreenProps & { screen: keyof typeof SCREENS }) => {
  const { locale } = useI18n()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<RelayError | null>(null)
  const attempt = () => {
    setError(null)
    setLoaded(null)
    // Through a resolved promise, so a loader that throws at once is caught like a failed download.
    Promise.resolve()
      .then(() => Promise.all([SCREENS[screen](), loadStatusMessages(locale)]))
      .then(
        ([Screen, messages]) => setLoaded({ Screen, messages }),
        () => setError(new RelayError('network', 'The status screens did not load')),
      )
  }
  useEffect(attempt, [screen])
  if (error) return <ErrorNotice error={error} onRetry={attempt} />
  return loaded ? (
    <StatusWords.Provider value={loaded.messages}>
      <loaded.Screen {...props} />
    </StatusWords.Provider>
  ) : (
    <Loading />
  )
}

import type { VNode } from 'preact'
import { useMemo } from 'preact/hooks'
import type { TProgramResponse } from '../../contract'
import { loadStatusMessages } from '../../i18n/load-status-messages'
import { useI18n } from '../context'
import { LazyPart } from '../kit/lazy-part'
import { StatusNames, StatusWords } from '../status/use-status-text'

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

/** A status screen with its words, loaded on first use as one of the kit's lazy parts (a failed download can be retried). */
export const LazyStatusScreen = ({ screen, ...props }: ScreenProps & { screen: keyof typeof SCREENS }) => {
  const { locale } = useI18n()
  const load = useMemo(
    () => () =>
      Promise.all([SCREENS[screen](), loadStatusMessages(locale)]).then(([Screen, messages]) => (screenProps: ScreenProps) => (
        <StatusWords.Provider value={messages}>
          <StatusNames.Provider value={screenProps.program.statuses}>
            <Screen {...screenProps} />
          </StatusNames.Provider>
        </StatusWords.Provider>
      )),
    [screen, locale],
  )
  return <LazyPart load={load} props={props} />
}

import type { TProgramResponse } from '../../contract'
import type { StatusMessages } from '../../i18n/status-ru'
import { PartnerStatusScreen } from './partner-status-screen'
import { ReviewScreen } from './review-screen'
import { StatusBoardScreen } from './status-board-screen'
import { StatusWords } from './use-status-text'

export type StatusScreenProps = {
  /** The partner's own status, the vendor's status board, or the half-year results. */
  screen: 'status' | 'statuses' | 'reviews'
  /** The partner whose status it is (the partner's own screen). */
  partnerId: string
  program: TProgramResponse
  /** The screens' words in the CRM's language, loaded beside this chunk. */
  messages: StatusMessages
}

/** The status screens (AG-3): the entry of their own chunk, loaded by the overview on first use. */
export const StatusScreen = ({ screen, partnerId, program, messages }: StatusScreenProps) => (
  <StatusWords.Provider value={messages}>
    {screen === 'status' ? (
      <PartnerStatusScreen partnerId={partnerId} program={program} />
    ) : screen === 'statuses' ? (
      <StatusBoardScreen program={program} />
    ) : (
      <ReviewScreen program={program} />
    )}
  </StatusWords.Provider>
)

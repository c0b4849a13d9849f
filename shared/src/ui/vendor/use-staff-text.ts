import { loadStaffMessages } from '../../i18n/load-staff-messages'
import { lazyWords } from '../kit/use-lazy-words'

/**
 * The staff marks' words in the CRM's language (AG-1.3, AT-3.2, AT-4.1, AT-4.4), fetched with the
 * first part that needs them; null until they are here, and the part waits for them.
 */
export const useStaffText = lazyWords(loadStaffMessages)

export type StaffText = NonNullable<ReturnType<typeof useStaffText>>

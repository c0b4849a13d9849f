import { useI18n } from '../context'
import { LazyDetails } from '../kit/lazy-details'

// The list, its client and its words are a chunk of their own: the overview page downloads them when the fold is opened.
const loadNoticeList = () => import('./notice-list').then((module) => module.NoticeList)

/** The overview's notices fold: says how many are unread before it is opened. */
export const NoticesFold = ({ unread }: { unread: number }) => {
  const i18n = useI18n()
  return (
    <LazyDetails summary={unread > 0 ? i18n.t('overview.noticesUnread', { count: unread }) : i18n.t('overview.notices')} load={loadNoticeList} props={{}} />
  )
}

import type { TMarkNoticesReadRequest } from '../contract/notices'
import { NOTICE_ROUTES } from '../contract/routes/notices'
import type { RelayCaller } from './create-relay-caller'

/** The caller's notices, through the relay client's own transport; only the overview's notices fold loads it. */
export const createNoticeClient = (caller: RelayCaller) => ({
  list: () => caller.call(NOTICE_ROUTES.notices, {}),
  markRead: (body: TMarkNoticesReadRequest) => caller.call(NOTICE_ROUTES.markNoticesRead, { body }),
})

export type NoticeClient = ReturnType<typeof createNoticeClient>

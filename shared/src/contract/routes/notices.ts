import { ZMarkNoticesReadRequest, ZMarkNoticesReadResponse, ZNoticesResponse } from '../notices'
import { spec } from './route-spec'

/** The caller's notices (a partner's or vendor staff's), loaded with the overview's notices fold only. */
export const NOTICE_ROUTES = spec({
  notices: { method: 'get', path: '/v1/notices', caller: 'crm', response: ZNoticesResponse, status: 200 },
  markNoticesRead: {
    method: 'post',
    path: '/v1/notices/read',
    caller: 'crm',
    body: ZMarkNoticesReadRequest,
    response: ZMarkNoticesReadResponse,
    status: 200,
  },
})

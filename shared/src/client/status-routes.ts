import type { RouteName } from '../contract/routes'
import { ZComputeReviewRequest, ZConfirmReviewRequest, ZReviewEnvelope, ZReviewListResponse } from '../contract/reviews'
import {
  ZApplyForStatusRequest,
  ZNoteRequest,
  ZPartnerStatusResponse,
  ZReasonRequest,
  ZStatusApplicationEnvelope,
  ZStatusBoardResponse,
} from '../contract/statuses'
import type { ClientRoute } from './create-relay-caller'

/**
 * The routes of the status screens (AG-3, AG-3.3a, AG-3.3b), kept apart from RELAY_ROUTES so their
 * schemas load only with those screens. `status-routes.test.ts` holds each entry equal to ROUTES.
 */
export const STATUS_ROUTES = {
  partnerStatus: { method: 'get', path: '/v1/partners/:id/status', response: ZPartnerStatusResponse },
  partnerCertificate: { method: 'get', path: '/v1/partners/:id/certificate', response: ZPartnerStatusResponse },
  statusBoard: { method: 'get', path: '/v1/status-board', response: ZStatusBoardResponse },
  applyForStatus: { method: 'post', path: '/v1/status-applications', body: ZApplyForStatusRequest, response: ZStatusApplicationEnvelope, idempotent: true },
  approveStatusApplication: { method: 'post', path: '/v1/status-applications/:id/approve', body: ZNoteRequest, response: ZStatusApplicationEnvelope, idempotent: true },
  refuseStatusApplication: { method: 'post', path: '/v1/status-applications/:id/refuse', body: ZReasonRequest, response: ZStatusApplicationEnvelope, idempotent: true },
  listReviews: { method: 'get', path: '/v1/reviews', response: ZReviewListResponse },
  computeReview: { method: 'post', path: '/v1/reviews', body: ZComputeReviewRequest, response: ZReviewEnvelope, idempotent: true },
  getReview: { method: 'get', path: '/v1/reviews/:id', response: ZReviewEnvelope },
  confirmReview: { method: 'post', path: '/v1/reviews/:id/confirm', body: ZConfirmReviewRequest, response: ZReviewEnvelope, idempotent: true },
} as const satisfies Partial<Record<RouteName, ClientRoute>>

export type StatusRouteName = keyof typeof STATUS_ROUTES

import { ZPartnerListResponse } from '../contract/partners'
import {
  ZHandOverLeadRequest,
  ZProjectDiscountRequest,
  ZRegisterProjectRequest,
  ZRegistrationEnvelope,
  ZRegistrationListResponse,
} from '../contract/registrations'
import type { RouteName } from '../contract/routes'
import { ZComputeReviewRequest, ZConfirmReviewRequest, ZReviewEnvelope, ZReviewListResponse } from '../contract/reviews'
import {
  ZAgreementRequest,
  ZApplyForStatusRequest,
  ZNetworkParentRequest,
  ZNoteRequest,
  ZPartnerStatusResponse,
  ZReasonRequest,
  ZRecordEvidenceRequest,
  ZStatusApplicationEnvelope,
  ZStatusBoardResponse,
  ZStatusChangeRequest,
  ZThresholdsRequest,
  ZVoidEvidenceRequest,
} from '../contract/statuses'
import type { ClientRoute } from './create-relay-caller'

/**
 * The routes of the status screens (AG-3, AG-3.3a, AG-3.3b) and deal registrations (AG-4), kept apart from RELAY_ROUTES so their
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
  recordAgreement: { method: 'post', path: '/v1/partners/:id/agreement', body: ZAgreementRequest, response: ZPartnerStatusResponse, idempotent: true },
  recordEvidence: { method: 'post', path: '/v1/partners/:id/evidence', body: ZRecordEvidenceRequest, response: ZPartnerStatusResponse, idempotent: true },
  voidEvidence: { method: 'post', path: '/v1/evidence/:id/void', body: ZVoidEvidenceRequest, response: ZPartnerStatusResponse, idempotent: true },
  setThresholds: { method: 'put', path: '/v1/partners/:id/thresholds', body: ZThresholdsRequest, response: ZPartnerStatusResponse, idempotent: true },
  setNetworkParent: { method: 'put', path: '/v1/partners/:id/network-parent', body: ZNetworkParentRequest, response: ZPartnerStatusResponse, idempotent: true },
  changeStatus: { method: 'post', path: '/v1/partners/:id/status-changes', body: ZStatusChangeRequest, response: ZPartnerStatusResponse, idempotent: true },
  cancelStatusChange: { method: 'post', path: '/v1/status-changes/:id/cancel', body: ZReasonRequest, response: ZPartnerStatusResponse, idempotent: true },
  renewPartner: { method: 'post', path: '/v1/partners/:id/renewal', body: ZReasonRequest, response: ZPartnerStatusResponse, idempotent: true },
  listPartners: { method: 'get', path: '/v1/partners', response: ZPartnerListResponse },
  listRegistrations: { method: 'get', path: '/v1/registrations', response: ZRegistrationListResponse },
  registerProject: { method: 'post', path: '/v1/projects', body: ZRegisterProjectRequest, response: ZRegistrationEnvelope, idempotent: true },
  setProjectDiscount: { method: 'post', path: '/v1/projects/:id/discount', body: ZProjectDiscountRequest, response: ZRegistrationEnvelope, idempotent: true },
  requestRenewal: { method: 'post', path: '/v1/registrations/:id/renewal', body: ZNoteRequest, response: ZRegistrationEnvelope, idempotent: true },
  approveRenewal: { method: 'post', path: '/v1/registrations/:id/renewal/approve', body: ZNoteRequest, response: ZRegistrationEnvelope, idempotent: true },
  rejectRenewal: { method: 'post', path: '/v1/registrations/:id/renewal/reject', body: ZReasonRequest, response: ZRegistrationEnvelope, idempotent: true },
  handOverLead: { method: 'post', path: '/v1/leads', body: ZHandOverLeadRequest, response: ZRegistrationEnvelope, idempotent: true },
} as const satisfies Partial<Record<RouteName, ClientRoute>>

export type StatusRouteName = keyof typeof STATUS_ROUTES

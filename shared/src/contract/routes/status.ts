import { ZPartnerListResponse } from '../partners'
import {
  ZHandOverLeadRequest,
  ZProjectDiscountRequest,
  ZRegisterProjectRequest,
  ZRegistrationEnvelope,
  ZRegistrationListResponse,
  ZRegistrationQuery,
} from '../registrations'
import { ZComputeReviewRequest, ZConfirmReviewRequest, ZReviewEnvelope, ZReviewListResponse } from '../reviews'
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
} from '../statuses'
import { spec } from './route-spec'

/**
 * The routes of the status screens (AG-3, AG-3.3a, AG-3.3b) and deal registrations (AG-4): a group of
 * its own so their schemas load only with those screens.
 */
export const STATUS_ROUTES = spec({
  listPartners: { method: 'get', path: '/v1/partners', caller: 'vendor', summary: 'All partners', response: ZPartnerListResponse, status: 200 },
  partnerStatus: { method: 'get', path: '/v1/partners/:id/status', caller: 'crm', summary: 'Status, validity, history, pending changes, requirement checklists and privileges (AG-3, AG-REQ, AG-PRIV)', response: ZPartnerStatusResponse, status: 200 },
  partnerCertificate: { method: 'get', path: '/v1/partners/:id/certificate', caller: 'crm', summary: 'The certificate of an official partner as a PDF (AG-3.1)', response: ZPartnerStatusResponse, status: 200, produces: 'application/pdf' },
  recordAgreement: { method: 'post', path: '/v1/partners/:id/agreement', caller: 'vendor', summary: 'Record the date the partner agreement was signed (AG-3.1)', body: ZAgreementRequest, response: ZPartnerStatusResponse, status: 200, idempotent: true },
  recordEvidence: { method: 'post', path: '/v1/partners/:id/evidence', caller: 'vendor', summary: 'Record evidence of a requirement with its dates (AG-REQ)', body: ZRecordEvidenceRequest, response: ZPartnerStatusResponse, status: 201, idempotent: true },
  voidEvidence: { method: 'post', path: '/v1/evidence/:id/void', caller: 'vendor', summary: 'Void evidence recorded in error (AG-REQ)', body: ZVoidEvidenceRequest, response: ZPartnerStatusResponse, status: 200, idempotent: true },
  setThresholds: { method: 'put', path: '/v1/partners/:id/thresholds', caller: 'vendor', summary: 'Set individual half-year volume thresholds (AG-REQ ***)', body: ZThresholdsRequest, response: ZPartnerStatusResponse, status: 200, idempotent: true },
  setNetworkParent: { method: 'put', path: '/v1/partners/:id/network-parent', caller: 'vendor', summary: "Attach a partner without authorization to a distributor's network, or detach it (AG-REQ)", body: ZNetworkParentRequest, response: ZPartnerStatusResponse, status: 200, idempotent: true },
  changeStatus: { method: 'post', path: '/v1/partners/:id/status-changes', caller: 'vendor', summary: 'Change a status now or from a later date, with the reason (AG-1.5, AG-3)', body: ZStatusChangeRequest, response: ZPartnerStatusResponse, status: 201, idempotent: true },
  cancelStatusChange: { method: 'post', path: '/v1/status-changes/:id/cancel', caller: 'vendor', summary: 'Cancel a pending status change', body: ZReasonRequest, response: ZPartnerStatusResponse, status: 200, idempotent: true },
  renewPartner: { method: 'post', path: '/v1/partners/:id/renewal', caller: 'vendor', summary: 'Renew a flagged certificate or status despite what is missing (AG-3.2, AG-3.3a)', body: ZReasonRequest, response: ZPartnerStatusResponse, status: 200, idempotent: true },
  statusBoard: { method: 'get', path: '/v1/status-board', caller: 'vendor', summary: 'Flagged renewals, pending applications and scheduled status changes', response: ZStatusBoardResponse, status: 200 },
  applyForStatus: { method: 'post', path: '/v1/status-applications', caller: 'partner', summary: 'Apply for a status such as Silver (AG-3.3a)', body: ZApplyForStatusRequest, response: ZStatusApplicationEnvelope, status: 201, idempotent: true },
  approveStatusApplication: { method: 'post', path: '/v1/status-applications/:id/approve', caller: 'vendor', summary: 'Approve an application: effective on the first day of the next quarter (AG-3.3a)', body: ZNoteRequest, response: ZStatusApplicationEnvelope, status: 200, idempotent: true },
  refuseStatusApplication: { method: 'post', path: '/v1/status-applications/:id/refuse', caller: 'vendor', summary: 'Refuse an application with the reason (AG-3.3a)', body: ZReasonRequest, response: ZStatusApplicationEnvelope, status: 200, idempotent: true },
  listReviews: { method: 'get', path: '/v1/reviews', caller: 'vendor', summary: 'Half-year reviews (AG-3.3b)', response: ZReviewListResponse, status: 200 },
  computeReview: { method: 'post', path: '/v1/reviews', caller: 'vendor', summary: "Compute or recompute a half-year review's proposals (AG-3.3b)", body: ZComputeReviewRequest, response: ZReviewEnvelope, status: 201, idempotent: true },
  getReview: { method: 'get', path: '/v1/reviews/:id', caller: 'vendor', summary: 'A half-year review with every proposal (AG-3.3b)', response: ZReviewEnvelope, status: 200 },
  confirmReview: { method: 'post', path: '/v1/reviews/:id/confirm', caller: 'vendor', summary: 'Confirm the list: effective on its publication date (AG-3.3b)', body: ZConfirmReviewRequest, response: ZReviewEnvelope, status: 200, idempotent: true },
  listRegistrations: { method: 'get', path: '/v1/registrations', caller: 'crm', summary: "Deal registrations with their validity: the partner's own, or all for vendor staff (AG-4)", query: ZRegistrationQuery, response: ZRegistrationListResponse, status: 200 },
  registerProject: { method: 'post', path: '/v1/projects', caller: 'partner', summary: 'Register a project for deal protection (AG-4)', body: ZRegisterProjectRequest, response: ZRegistrationEnvelope, status: 201, idempotent: true },
  setProjectDiscount: { method: 'post', path: '/v1/projects/:id/discount', caller: 'vendor', summary: "Set the discount of a project registration (AG-DISC 'per project')", body: ZProjectDiscountRequest, response: ZRegistrationEnvelope, status: 200, idempotent: true },
  requestRenewal: { method: 'post', path: '/v1/registrations/:id/renewal', caller: 'partner', summary: 'Ask to extend a deal registration (AG-4)', body: ZNoteRequest, response: ZRegistrationEnvelope, status: 201, idempotent: true },
  approveRenewal: { method: 'post', path: '/v1/registrations/:id/renewal/approve', caller: 'vendor', summary: 'Extend a deal registration by the program period (AG-4)', body: ZNoteRequest, response: ZRegistrationEnvelope, status: 200, idempotent: true },
  rejectRenewal: { method: 'post', path: '/v1/registrations/:id/renewal/reject', caller: 'vendor', summary: 'Refuse to extend a deal registration (AG-4)', body: ZReasonRequest, response: ZRegistrationEnvelope, status: 200, idempotent: true },
  handOverLead: { method: 'post', path: '/v1/leads', caller: 'vendor', summary: 'Hand a customer request to a partner with that privilege: an approved registration (AG-PRIV)', body: ZHandOverLeadRequest, response: ZRegistrationEnvelope, status: 201, idempotent: true },
})

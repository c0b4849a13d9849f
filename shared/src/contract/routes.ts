import type { z } from 'zod/mini'
import { ZClientCardResponse, ZClientEnvelope, ZCreateClientRequest, ZNegotiationRequest, ZNegotiationResponse } from './clients'
import { ZHealthResponse, ZReadyResponse } from './health'
import {
  ZCreateLinkCodeRequest,
  ZInstallationResponse,
  ZLinkCodeResponse,
  ZLinkInstallationRequest,
  ZMeResponse,
} from './installations'
import {
  ZClientPaymentRequest,
  ZCreateInvoiceRequest,
  ZInvoiceEnvelope,
  ZInvoiceListResponse,
  ZQuoteRequest,
  ZQuoteResponse,
  ZTransferRequest,
  ZVoidInvoiceRequest,
} from './invoices'
import { ZLedgerQuery, ZLedgerResponse } from './ledger'
import { ZOverviewResponse } from './overview'
import {
  ZCreatePartnerRequest,
  ZCreateViolationRequest,
  ZExpelResponse,
  ZPartnerDetailsResponse,
  ZPartnerEnvelope,
  ZPartnerListResponse,
  ZViolationResponse,
  ZVoidViolationRequest,
} from './partners'
import { ZCreatePinRequest, ZPinDecisionRequest, ZPinEnvelope, ZPinListResponse } from './pins'
import { ZProgramResponse } from './program'
import {
  ZHandOverLeadRequest,
  ZProjectDiscountRequest,
  ZRegisterProjectRequest,
  ZRegistrationEnvelope,
  ZRegistrationListResponse,
  ZRegistrationQuery,
} from './registrations'
import { ZComputeReviewRequest, ZConfirmReviewRequest, ZReviewEnvelope, ZReviewListResponse } from './reviews'
import {
  ZAgreementRequest,
  ZApplyForStatusRequest,
  ZNetworkParentRequest,
  ZNoteRequest,
  ZPartnerStatusResponse,
  ZReasonRequest,
  ZRecordEvidenceRequest,
  ZStatusApplicationEnvelope,
  ZStatusApplicationListResponse,
  ZStatusBoardResponse,
  ZStatusChangeRequest,
  ZThresholdsRequest,
  ZVoidEvidenceRequest,
} from './statuses'

/** Who may call a route: anyone, the vendor's admin token, any linked CRM, or one role of it. */
export type Caller = 'anyone' | 'admin' | 'crm' | 'partner' | 'vendor' | 'unlinked-crm'

export type RouteSpec = {
  method: 'get' | 'post' | 'put'
  /** Express-style path; `:param` segments. */
  path: string
  caller: Caller
  summary: string
  body?: z.ZodMiniType
  query?: z.ZodMiniType
  response: z.ZodMiniType
  status: 200 | 201
  /** Takes an Idempotency-Key header. */
  idempotent?: boolean
  /** Answers a binary document instead of JSON. */
  produces?: 'application/pdf'
}

const spec = <T extends Record<string, RouteSpec>>(routes: T) => routes

/** The HTTP API v1: the relay validates with it, the client parses with it, OpenAPI is generated from it. */
export const ROUTES = spec({
  health: { method: 'get', path: '/healthz', caller: 'anyone', summary: 'Liveness', response: ZHealthResponse, status: 200 },
  ready: { method: 'get', path: '/readyz', caller: 'anyone', summary: 'Readiness: the database answers', response: ZReadyResponse, status: 200 },
  createPartner: { method: 'post', path: '/v1/admin/partners', caller: 'admin', summary: 'Create a partner', body: ZCreatePartnerRequest, response: ZPartnerEnvelope, status: 201 },
  adminListPartners: { method: 'get', path: '/v1/admin/partners', caller: 'admin', summary: 'All partners, for the back office', response: ZPartnerListResponse, status: 200 },
  createLinkCode: { method: 'post', path: '/v1/admin/link-codes', caller: 'admin', summary: 'One-time code that links a CRM account to a partner or to the vendor', body: ZCreateLinkCodeRequest, response: ZLinkCodeResponse, status: 201 },
  linkInstallation: { method: 'post', path: '/v1/installations', caller: 'unlinked-crm', summary: 'Link this CRM account with a one-time code', body: ZLinkInstallationRequest, response: ZInstallationResponse, status: 201 },
  me: { method: 'get', path: '/v1/me', caller: 'crm', summary: 'Who is calling: role, partner status, state, discounts', response: ZMeResponse, status: 200 },
  program: { method: 'get', path: '/v1/program', caller: 'crm', summary: 'The partner program: products and prices', response: ZProgramResponse, status: 200 },
  overview: { method: 'get', path: '/v1/overview', caller: 'crm', summary: 'What waits for the caller: pins, transfers, violations', response: ZOverviewResponse, status: 200 },
  createClient: { method: 'post', path: '/v1/clients', caller: 'partner', summary: 'Register a client account (AT-1.1)', body: ZCreateClientRequest, response: ZClientEnvelope, status: 201, idempotent: true },
  clientCard: { method: 'get', path: '/v1/clients/:accountNumber', caller: 'crm', summary: 'The client card as the caller may see it (X-5, AT-4.2)', response: ZClientCardResponse, status: 200 },
  setNegotiation: { method: 'put', path: '/v1/clients/:accountNumber/negotiation', caller: 'vendor', summary: 'Open or close a direct-negotiation mark (AT-1.2a)', body: ZNegotiationRequest, response: ZNegotiationResponse, status: 200, idempotent: true },
  listPins: { method: 'get', path: '/v1/pins', caller: 'crm', summary: "Pins: the partner's own, or all for vendor staff", response: ZPinListResponse, status: 200 },
  requestPin: { method: 'post', path: '/v1/pins', caller: 'partner', summary: 'Request a pin (AT-1.2)', body: ZCreatePinRequest, response: ZPinEnvelope, status: 201, idempotent: true },
  approvePin: { method: 'post', path: '/v1/pins/:id/approve', caller: 'vendor', summary: 'Approve a pin request (AT-4.4)', body: ZPinDecisionRequest, response: ZPinEnvelope, status: 200, idempotent: true },
  rejectPin: { method: 'post', path: '/v1/pins/:id/reject', caller: 'vendor', summary: 'Reject a pin request (AT-1.2a)', body: ZPinDecisionRequest, response: ZPinEnvelope, status: 200, idempotent: true },
  releasePin: { method: 'post', path: '/v1/pins/:id/release', caller: 'vendor', summary: 'Release an approved pin (AT-4.5)', body: ZPinDecisionRequest, response: ZPinEnvelope, status: 200, idempotent: true },
  quote: { method: 'post', path: '/v1/quotes', caller: 'partner', summary: 'Price lines from the price list net of the discount (AT-3.3, AT-5.2)', body: ZQuoteRequest, response: ZQuoteResponse, status: 200 },
  listInvoices: { method: 'get', path: '/v1/invoices', caller: 'crm', summary: "Invoices: the partner's own, or all for vendor staff", response: ZInvoiceListResponse, status: 200 },
  createInvoice: { method: 'post', path: '/v1/invoices', caller: 'partner', summary: 'Create a sublicense invoice (AT-1.6, AT-5.1, X-3)', body: ZCreateInvoiceRequest, response: ZInvoiceEnvelope, status: 201, idempotent: true },
  getInvoice: { method: 'get', path: '/v1/invoices/:id', caller: 'crm', summary: 'One invoice', response: ZInvoiceEnvelope, status: 200 },
  invoicePdf: { method: 'get', path: '/v1/invoices/:id/pdf', caller: 'crm', summary: 'The invoice as a PDF «Счёт на оплату»', response: ZInvoiceEnvelope, status: 200, produces: 'application/pdf' },
  recordClientPayment: { method: 'post', path: '/v1/invoices/:id/client-payment', caller: 'partner', summary: 'Record the date the client paid; sets the transfer deadline (AT-1.6)', body: ZClientPaymentRequest, response: ZInvoiceEnvelope, status: 200, idempotent: true },
  recordTransfer: { method: 'post', path: '/v1/invoices/:id/transfer', caller: 'vendor', summary: 'Record the date the transfer arrived (AT-1.6)', body: ZTransferRequest, response: ZInvoiceEnvelope, status: 200, idempotent: true },
  voidInvoice: { method: 'post', path: '/v1/invoices/:id/void', caller: 'vendor', summary: 'Void an invoice; number kept, ledger reversed (X-3)', body: ZVoidInvoiceRequest, response: ZInvoiceEnvelope, status: 200, idempotent: true },
  listPartners: { method: 'get', path: '/v1/partners', caller: 'vendor', summary: 'All partners', response: ZPartnerListResponse, status: 200 },
  getPartner: { method: 'get', path: '/v1/partners/:id', caller: 'crm', summary: 'A partner with its violations, pins and clients', response: ZPartnerDetailsResponse, status: 200 },
  recordViolation: { method: 'post', path: '/v1/partners/:id/violations', caller: 'vendor', summary: 'Record a violation (AT-4.1)', body: ZCreateViolationRequest, response: ZViolationResponse, status: 201, idempotent: true },
  voidViolation: { method: 'post', path: '/v1/violations/:id/void', caller: 'vendor', summary: 'Void a violation recorded in error (AT-4.1)', body: ZVoidViolationRequest, response: ZViolationResponse, status: 200, idempotent: true },
  expelPartner: { method: 'post', path: '/v1/partners/:id/expel', caller: 'vendor', summary: 'Confirm the expulsion of a partner (AT-4.1, AT-4.3)', response: ZExpelResponse, status: 200, idempotent: true },
  ledger: { method: 'get', path: '/v1/ledger', caller: 'crm', summary: 'Ledger statement with running balances (X-2)', query: ZLedgerQuery, response: ZLedgerResponse, status: 200 },
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
  listStatusApplications: { method: 'get', path: '/v1/status-applications', caller: 'crm', summary: "Status applications: the partner's own, or all for vendor staff (AG-3.3a)", response: ZStatusApplicationListResponse, status: 200 },
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

export type RouteName = keyof typeof ROUTES

import { ZClientCardResponse, ZClientEnvelope, ZCreateClientRequest, ZNegotiationRequest, ZNegotiationResponse } from '../clients'
import { ZStreamTicket } from '../events'
import { ZInstallationResponse, ZLinkInstallationRequest, ZMeResponse } from '../installations'
import {
  ZClientPaymentRequest,
  ZCreateInvoiceRequest,
  ZCreditNoteEnvelope,
  ZInvoiceEnvelope,
  ZQuoteRequest,
  ZQuoteResponse,
  ZTransferRequest,
} from '../invoices'
import { ZCreateViolationRequest, ZExpelResponse, ZViolationResponse } from '../partners'
import { ZCreatePinRequest, ZPinDecisionRequest, ZPinEnvelope } from '../pins'
import { ZProgramResponse } from '../program'
import { spec } from './route-spec'

/**
 * The routes the widgets' everyday screens call: the card, the overview's actions, the settings'
 * link code. The browser loads this group with its first screen, so it holds nothing else; the
 * overview's own answers (`./overview`) come with the overview.
 */
export const WIDGET_ROUTES = spec({
  linkInstallation: {
    method: 'post',
    path: '/v1/installations',
    caller: 'unlinked-crm',
    body: ZLinkInstallationRequest,
    response: ZInstallationResponse,
    status: 201,
  },
  me: { method: 'get', path: '/v1/me', caller: 'crm', response: ZMeResponse, status: 200 },
  streamTicket: { method: 'post', path: '/v1/events/tickets', caller: 'crm', response: ZStreamTicket, status: 201 },
  program: { method: 'get', path: '/v1/program', caller: 'crm', response: ZProgramResponse, status: 200 },
  createClient: {
    method: 'post',
    path: '/v1/clients',
    caller: 'partner',
    body: ZCreateClientRequest,
    response: ZClientEnvelope,
    status: 201,
    idempotent: true,
  },
  clientCard: {
    method: 'get',
    path: '/v1/clients/:accountNumber',
    caller: 'crm',
    response: ZClientCardResponse,
    status: 200,
  },
  setNegotiation: {
    method: 'put',
    path: '/v1/clients/:accountNumber/negotiation',
    caller: 'vendor',
    body: ZNegotiationRequest,
    response: ZNegotiationResponse,
    status: 200,
    idempotent: true,
  },
  requestPin: {
    method: 'post',
    path: '/v1/pins',
    caller: 'partner',
    body: ZCreatePinRequest,
    response: ZPinEnvelope,
    status: 201,
    idempotent: true,
  },
  approvePin: {
    method: 'post',
    path: '/v1/pins/:id/approve',
    caller: 'vendor',
    body: ZPinDecisionRequest,
    response: ZPinEnvelope,
    status: 200,
    idempotent: true,
  },
  rejectPin: {
    method: 'post',
    path: '/v1/pins/:id/reject',
    caller: 'vendor',
    body: ZPinDecisionRequest,
    response: ZPinEnvelope,
    status: 200,
    idempotent: true,
  },
  releasePin: {
    method: 'post',
    path: '/v1/pins/:id/release',
    caller: 'vendor',
    body: ZPinDecisionRequest,
    response: ZPinEnvelope,
    status: 200,
    idempotent: true,
  },
  quote: {
    method: 'post',
    path: '/v1/quotes',
    caller: 'partner',
    body: ZQuoteRequest,
    response: ZQuoteResponse,
    status: 200,
  },
  createInvoice: {
    method: 'post',
    path: '/v1/invoices',
    caller: 'partner',
    body: ZCreateInvoiceRequest,
    response: ZInvoiceEnvelope,
    status: 201,
    idempotent: true,
  },
  invoicePdf: {
    method: 'get',
    path: '/v1/invoices/:id/pdf',
    caller: 'crm',
    response: ZInvoiceEnvelope,
    status: 200,
    produces: 'application/pdf',
  },
  creditNotePdf: {
    method: 'get',
    path: '/v1/credit-notes/:id/pdf',
    caller: 'crm',
    response: ZCreditNoteEnvelope,
    status: 200,
    produces: 'application/pdf',
  },
  recordClientPayment: {
    method: 'post',
    path: '/v1/invoices/:id/client-payment',
    caller: 'partner',
    body: ZClientPaymentRequest,
    response: ZInvoiceEnvelope,
    status: 200,
    idempotent: true,
  },
  recordTransfer: {
    method: 'post',
    path: '/v1/invoices/:id/transfer',
    caller: 'vendor',
    body: ZTransferRequest,
    response: ZInvoiceEnvelope,
    status: 200,
    idempotent: true,
  },
  recordViolation: {
    method: 'post',
    path: '/v1/partners/:id/violations',
    caller: 'vendor',
    body: ZCreateViolationRequest,
    response: ZViolationResponse,
    status: 201,
    idempotent: true,
  },
  expelPartner: {
    method: 'post',
    path: '/v1/partners/:id/expel',
    caller: 'vendor',
    response: ZExpelResponse,
    status: 200,
    idempotent: true,
  },
})

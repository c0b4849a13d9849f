import { ZClientCardResponse, ZClientEnvelope, ZCreateClientRequest, ZNegotiationRequest, ZNegotiationResponse } from '../contract/clients'
import { ZLinkInstallationRequest, ZInstallationResponse, ZMeResponse } from '../contract/installations'
import { ZClientPaymentRequest, ZCreateInvoiceRequest, ZInvoiceEnvelope, ZQuoteRequest, ZQuoteResponse, ZTransferRequest } from '../contract/invoices'
import { ZLedgerResponse } from '../contract/ledger'
import { ZOverviewResponse } from '../contract/overview'
import { ZCreateViolationRequest, ZExpelResponse, ZViolationResponse } from '../contract/partners'
import { ZCreatePinRequest, ZPinDecisionRequest, ZPinEnvelope } from '../contract/pins'
import { ZProgramResponse } from '../contract/program'
import type { RouteName } from '../contract/routes'
import type { ClientRoute } from './create-relay-caller'

/**
 * The routes the widgets call, taken from the contract's own schemas. The browser bundles only
 * these: importing the whole ROUTES table would ship every admin and back-office schema too.
 * `relay-routes.test.ts` holds each entry equal to its ROUTES entry.
 */
export const RELAY_ROUTES = {
  me: { method: 'get', path: '/v1/me', response: ZMeResponse },
  program: { method: 'get', path: '/v1/program', response: ZProgramResponse },
  overview: { method: 'get', path: '/v1/overview', response: ZOverviewResponse },
  linkInstallation: { method: 'post', path: '/v1/installations', body: ZLinkInstallationRequest, response: ZInstallationResponse },
  clientCard: { method: 'get', path: '/v1/clients/:accountNumber', response: ZClientCardResponse },
  createClient: { method: 'post', path: '/v1/clients', body: ZCreateClientRequest, response: ZClientEnvelope, idempotent: true },
  setNegotiation: { method: 'put', path: '/v1/clients/:accountNumber/negotiation', body: ZNegotiationRequest, response: ZNegotiationResponse, idempotent: true },
  requestPin: { method: 'post', path: '/v1/pins', body: ZCreatePinRequest, response: ZPinEnvelope, idempotent: true },
  approvePin: { method: 'post', path: '/v1/pins/:id/approve', body: ZPinDecisionRequest, response: ZPinEnvelope, idempotent: true },
  rejectPin: { method: 'post', path: '/v1/pins/:id/reject', body: ZPinDecisionRequest, response: ZPinEnvelope, idempotent: true },
  releasePin: { method: 'post', path: '/v1/pins/:id/release', body: ZPinDecisionRequest, response: ZPinEnvelope, idempotent: true },
  quote: { method: 'post', path: '/v1/quotes', body: ZQuoteRequest, response: ZQuoteResponse },
  createInvoice: { method: 'post', path: '/v1/invoices', body: ZCreateInvoiceRequest, response: ZInvoiceEnvelope, idempotent: true },
  invoicePdf: { method: 'get', path: '/v1/invoices/:id/pdf', response: ZInvoiceEnvelope },
  recordClientPayment: { method: 'post', path: '/v1/invoices/:id/client-payment', body: ZClientPaymentRequest, response: ZInvoiceEnvelope, idempotent: true },
  recordTransfer: { method: 'post', path: '/v1/invoices/:id/transfer', body: ZTransferRequest, response: ZInvoiceEnvelope, idempotent: true },
  recordViolation: { method: 'post', path: '/v1/partners/:id/violations', body: ZCreateViolationRequest, response: ZViolationResponse, idempotent: true },
  expelPartner: { method: 'post', path: '/v1/partners/:id/expel', response: ZExpelResponse, idempotent: true },
  ledger: { method: 'get', path: '/v1/ledger', response: ZLedgerResponse },
} as const satisfies Partial<Record<RouteName, ClientRoute>>

export type RelayRouteName = keyof typeof RELAY_ROUTES

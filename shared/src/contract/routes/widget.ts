import { ZClientCardResponse, ZClientEnvelope, ZCreateClientRequest, ZNegotiationRequest, ZNegotiationResponse } from '../clients'
import { ZInstallationResponse, ZLinkInstallationRequest, ZMeResponse } from '../installations'
import {
  ZClientPaymentRequest,
  ZCreateInvoiceRequest,
  ZInvoiceEnvelope,
  ZQuoteRequest,
  ZQuoteResponse,
  ZTransferRequest,
} from '../invoices'
import { ZLedgerQuery, ZLedgerResponse } from '../ledger'
import { ZOverviewResponse } from '../overview'
import { ZCreateViolationRequest, ZExpelResponse, ZViolationResponse } from '../partners'
import { ZCreatePinRequest, ZPinDecisionRequest, ZPinEnvelope } from '../pins'
import { ZProgramResponse } from '../program'
import { spec } from './route-spec'

/**
 * The routes the widgets' everyday screens call: the card, the overview, the settings' link code.
 * The browser loads this group with its first screen, so it holds nothing else.
 */
export const WIDGET_ROUTES = spec({
  linkInstallation: { method: 'post', path: '/v1/installations', caller: 'unlinked-crm', summary: 'Link this CRM account with a one-time code', body: ZLinkInstallationRequest, response: ZInstallationResponse, status: 201 },
  me: { method: 'get', path: '/v1/me', caller: 'crm', summary: 'Who is calling: role, partner status, state, discounts', response: ZMeResponse, status: 200 },
  program: { method: 'get', path: '/v1/program', caller: 'crm', summary: 'The partner program: products and prices', response: ZProgramResponse, status: 200 },
  overview: { method: 'get', path: '/v1/overview', caller: 'crm', summary: 'What waits for the caller: pins, transfers, violations', response: ZOverviewResponse, status: 200 },
  createClient: { method: 'post', path: '/v1/clients', caller: 'partner', summary: 'Register a client account (AT-1.1)', body: ZCreateClientRequest, response: ZClientEnvelope, status: 201, idempotent: true },
  clientCard: { method: 'get', path: '/v1/clients/:accountNumber', caller: 'crm', summary: 'The client card as the caller may see it (X-5, AT-4.2)', response: ZClientCardResponse, status: 200 },
  setNegotiation: { method: 'put', path: '/v1/clients/:accountNumber/negotiation', caller: 'vendor', summary: 'Open or close a direct-negotiation mark (AT-1.2a)', body: ZNegotiationRequest, response: ZNegotiationResponse, status: 200, idempotent: true },
  requestPin: { method: 'post', path: '/v1/pins', caller: 'partner', summary: 'Request a pin (AT-1.2)', body: ZCreatePinRequest, response: ZPinEnvelope, status: 201, idempotent: true },
  approvePin: { method: 'post', path: '/v1/pins/:id/approve', caller: 'vendor', summary: 'Approve a pin request (AT-4.4)', body: ZPinDecisionRequest, response: ZPinEnvelope, status: 200, idempotent: true },
  rejectPin: { method: 'post', path: '/v1/pins/:id/reject', caller: 'vendor', summary: 'Reject a pin request (AT-1.2a)', body: ZPinDecisionRequest, response: ZPinEnvelope, status: 200, idempotent: true },
  releasePin: { method: 'post', path: '/v1/pins/:id/release', caller: 'vendor', summary: 'Release an approved pin (AT-4.5)', body: ZPinDecisionRequest, response: ZPinEnvelope, status: 200, idempotent: true },
  quote: { method: 'post', path: '/v1/quotes', caller: 'partner', summary: 'Price lines from the price list net of the discount (AT-3.3, AT-5.2)', body: ZQuoteRequest, response: ZQuoteResponse, status: 200 },
  createInvoice: { method: 'post', path: '/v1/invoices', caller: 'partner', summary: 'Create a sublicense invoice (AT-1.6, AT-5.1, X-3)', body: ZCreateInvoiceRequest, response: ZInvoiceEnvelope, status: 201, idempotent: true },
  invoicePdf: { method: 'get', path: '/v1/invoices/:id/pdf', caller: 'crm', summary: 'The invoice as a PDF «Счёт на оплату»', response: ZInvoiceEnvelope, status: 200, produces: 'application/pdf' },
  recordClientPayment: { method: 'post', path: '/v1/invoices/:id/client-payment', caller: 'partner', summary: 'Record the date the client paid; sets the transfer deadline (AT-1.6)', body: ZClientPaymentRequest, response: ZInvoiceEnvelope, status: 200, idempotent: true },
  recordTransfer: { method: 'post', path: '/v1/invoices/:id/transfer', caller: 'vendor', summary: 'Record the date the transfer arrived (AT-1.6)', body: ZTransferRequest, response: ZInvoiceEnvelope, status: 200, idempotent: true },
  recordViolation: { method: 'post', path: '/v1/partners/:id/violations', caller: 'vendor', summary: 'Record a violation (AT-4.1)', body: ZCreateViolationRequest, response: ZViolationResponse, status: 201, idempotent: true },
  expelPartner: { method: 'post', path: '/v1/partners/:id/expel', caller: 'vendor', summary: 'Confirm the expulsion of a partner (AT-4.1, AT-4.3)', response: ZExpelResponse, status: 200, idempotent: true },
  ledger: { method: 'get', path: '/v1/ledger', caller: 'crm', summary: 'Ledger statement with running balances (X-2)', query: ZLedgerQuery, response: ZLedgerResponse, status: 200 },
})

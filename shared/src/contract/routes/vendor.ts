import { ZClientEnvelope } from '../clients'
import { ZClientPaymentCorrectionRequest, ZClientPaymentCorrectionResponse } from '../corrections'
import { ZCreateCreditNoteRequest } from '../credit-notes'
import { ZCreditNoteEnvelope, ZInvoiceEnvelope, ZVoidInvoiceRequest } from '../invoices'
import { ZPartnerEnvelope, ZViolationResponse, ZVoidViolationRequest } from '../partners'
import { ZClientDemoRequest, ZPartnerCountriesRequest } from '../staff-marks'
import { spec } from './route-spec'

/**
 * Vendor staff's corrections of what went wrong: a mistyped client-payment date (AT-1.6), an invoice
 * or a violation recorded in error (X-3, AT-4.1); and the marks only staff set: a partner's countries
 * (AG-1.3), a client's demo mark (AT-3.2). Only the vendor's screens load this group, in a chunk of their own, so a partner's card never downloads it.
 */
export const VENDOR_ROUTES = spec({
  voidInvoice: {
    method: 'post',
    path: '/v1/invoices/:id/void',
    caller: 'vendor',
    body: ZVoidInvoiceRequest,
    response: ZInvoiceEnvelope,
    status: 200,
    idempotent: true,
  },
  createCreditNote: {
    method: 'post',
    path: '/v1/invoices/:id/credit-notes',
    caller: 'vendor',
    body: ZCreateCreditNoteRequest,
    response: ZCreditNoteEnvelope,
    status: 201,
    idempotent: true,
  },
  voidViolation: {
    method: 'post',
    path: '/v1/violations/:id/void',
    caller: 'vendor',
    body: ZVoidViolationRequest,
    response: ZViolationResponse,
    status: 200,
    idempotent: true,
  },
  correctClientPayment: {
    method: 'post',
    path: '/v1/invoices/:id/client-payment/correction',
    caller: 'vendor',
    body: ZClientPaymentCorrectionRequest,
    response: ZClientPaymentCorrectionResponse,
    status: 200,
    idempotent: true,
  },
  setPartnerCountries: {
    method: 'put',
    path: '/v1/partners/:id/countries',
    caller: 'vendor',
    body: ZPartnerCountriesRequest,
    response: ZPartnerEnvelope,
    status: 200,
    idempotent: true,
  },
  setClientDemo: {
    method: 'put',
    path: '/v1/clients/:accountNumber/demo',
    caller: 'vendor',
    body: ZClientDemoRequest,
    response: ZClientEnvelope,
    status: 200,
    idempotent: true,
  },
})

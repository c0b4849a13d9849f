import { ZClientPaymentCorrectionRequest, ZClientPaymentCorrectionResponse } from '../corrections'
import { ZCreateCreditNoteRequest } from '../credit-notes'
import { ZCreditNoteEnvelope, ZInvoiceEnvelope, ZVoidInvoiceRequest } from '../invoices'
import { ZViolationResponse, ZVoidViolationRequest } from '../partners'
import { spec } from './route-spec'

/**
 * Vendor staff's corrections of what went wrong: a mistyped client-payment date (AT-1.6), an invoice
 * or a violation recorded in error (X-3, AT-4.1). Only the vendor's screens load this group, in a
 * chunk of their own, so a partner's card never downloads it.
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
})

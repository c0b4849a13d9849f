import type { z } from 'zod/mini'
import { VENDOR_ROUTES } from '../contract/routes/vendor'
import type { RelayCaller, WriteOptions } from './create-relay-caller'

type Routes = typeof VENDOR_ROUTES
type In<N extends keyof Routes> = z.input<Routes[N]['body']>

/**
 * Vendor staff's corrections (AT-1.6, AT-4.1, X-3), sent through the relay client's own transport.
 * Only the vendor's chunk imports it, so a partner's page never carries these routes.
 */
export const createVendorClient = (caller: RelayCaller) => ({
  correctClientPayment: (id: string, body: In<'correctClientPayment'>, options: WriteOptions = {}) =>
    caller.call(VENDOR_ROUTES.correctClientPayment, { body, params: { id }, idempotencyKey: options.idempotencyKey }),
  voidInvoice: (id: string, body: In<'voidInvoice'>, options: WriteOptions = {}) =>
    caller.call(VENDOR_ROUTES.voidInvoice, { body, params: { id }, idempotencyKey: options.idempotencyKey }),
  createCreditNote: (id: string, body: In<'createCreditNote'>, options: WriteOptions = {}) =>
    caller.call(VENDOR_ROUTES.createCreditNote, { body, params: { id }, idempotencyKey: options.idempotencyKey }),
  voidViolation: (id: string, body: In<'voidViolation'>, options: WriteOptions = {}) =>
    caller.call(VENDOR_ROUTES.voidViolation, { body, params: { id }, idempotencyKey: options.idempotencyKey }),
  setPartnerCountries: (id: string, body: In<'setPartnerCountries'>, options: WriteOptions = {}) =>
    caller.call(VENDOR_ROUTES.setPartnerCountries, { body, params: { id }, idempotencyKey: options.idempotencyKey }),
  setClientDemo: (accountNumber: string, body: In<'setClientDemo'>, options: WriteOptions = {}) =>
    caller.call(VENDOR_ROUTES.setClientDemo, { body, params: { accountNumber }, idempotencyKey: options.idempotencyKey }),
})

export type VendorClient = ReturnType<typeof createVendorClient>

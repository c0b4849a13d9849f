import { z } from 'zod'
import { ZAccountNumber, ZCountry, ZDate, ZId, ZInn, ZText, ZTimestamp } from './common'
import { ZInvoice } from './invoices'
import { ZPin } from './pins'

export const ZCreateClientRequest = z.strictObject({
  accountNumber: ZAccountNumber,
  name: ZText(300),
  inn: ZInn.optional(),
  email: z.email().optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{5,20}$/, 'Phone: digits, spaces, brackets, dashes, optional +').optional(),
  country: ZCountry.optional(),
  demo: z.boolean().optional(),
})
export type TCreateClientRequest = z.infer<typeof ZCreateClientRequest>

export const ZClient = z.object({
  accountNumber: ZAccountNumber,
  name: z.string(),
  inn: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  country: z.string(),
  demo: z.boolean(),
  registeredAt: ZTimestamp,
})
export type TClient = z.infer<typeof ZClient>
export const ZClientEnvelope = z.object({ client: ZClient })

/** One paid invoice line seen as a sublicense term (AT-4.2, AT-1.4a). */
export const ZSublicense = z.object({
  invoiceId: ZId,
  invoiceNumber: z.string(),
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  months: z.number().int().nullable(),
  paidFrom: ZDate,
  paidThrough: ZDate.nullable(),
  transferOnTime: z.boolean().nullable(),
})
export type TSublicense = z.infer<typeof ZSublicense>

export const ZNegotiation = z.object({ open: z.boolean(), note: z.string().nullable() })

export const ZPartnerCard = z.object({
  view: z.literal('partner'),
  accountNumber: ZAccountNumber,
  /** Details only when this partner registered the client or holds its pin. */
  client: ZClient.nullable(),
  pin: ZPin.nullable(),
  invoices: z.array(ZInvoice),
  sublicenses: z.array(ZSublicense),
  supportedUntil: ZDate.nullable(),
})
export const ZPinnedToOther = z.object({ pinnedToOther: z.literal(true) })
export const ZVendorCard = z.object({
  view: z.literal('vendor'),
  accountNumber: ZAccountNumber,
  client: ZClient,
  pin: ZPin.nullable(),
  partner: z.object({ id: ZId, name: z.string(), state: z.string(), email: z.string() }).nullable(),
  pinHistory: z.array(ZPin),
  negotiation: ZNegotiation,
  invoices: z.array(ZInvoice),
  sublicenses: z.array(ZSublicense),
  supportedUntil: ZDate.nullable(),
})
export const ZClientCardResponse = z.union([ZPinnedToOther, ZPartnerCard, ZVendorCard])
export type TClientCardResponse = z.infer<typeof ZClientCardResponse>
export type TPartnerCard = z.infer<typeof ZPartnerCard>
export type TVendorCard = z.infer<typeof ZVendorCard>

export const ZNegotiationRequest = z.strictObject({ open: z.boolean(), note: ZText(2000).optional() })
export const ZNegotiationResponse = z.object({ accountNumber: ZAccountNumber, negotiation: ZNegotiation })

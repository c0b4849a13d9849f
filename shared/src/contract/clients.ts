import { z } from 'zod/mini'
import { ZAccountNumber, ZCountry, ZDate, ZId, ZInn, ZKop, ZPhone, ZText, ZTimestamp } from './common'
import { ZInvoice } from './invoices'
import { ZPin } from './pins'

export const ZCreateClientRequest = z.strictObject({
  accountNumber: ZAccountNumber,
  name: ZText(300),
  inn: z.optional(ZInn),
  email: z.optional(z.email()),
  phone: z.optional(ZPhone),
  country: z.optional(ZCountry),
  demo: z.optional(z.boolean()),
})
export type TCreateClientRequest = z.infer<typeof ZCreateClientRequest>

export const ZClient = z.object({
  accountNumber: ZAccountNumber,
  name: z.string(),
  inn: z.nullable(z.string()),
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
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
  /** The program file's English name, when it gives one. */
  nameEn: z.optional(z.string()),
  quantity: z.int(),
  months: z.nullable(z.int()),
  /** Null for a term brought by an import: the cabinet it came from said only until when it is paid. */
  paidFrom: z.nullable(ZDate),
  paidThrough: z.nullable(ZDate),
  transferOnTime: z.nullable(z.boolean()),
  /** Paid before the relay, brought by an import (issue 10); `invoiceNumber` is empty then. */
  imported: z.optional(z.boolean()),
})
export type TSublicense = z.infer<typeof ZSublicense>

export const ZNegotiation = z.object({ open: z.boolean(), note: z.nullable(z.string()) })

export const ZPartnerCard = z.object({
  view: z.literal('partner'),
  accountNumber: ZAccountNumber,
  /** Details only when this partner registered the client or holds its pin. */
  client: z.nullable(ZClient),
  pin: z.nullable(ZPin),
  invoices: z.array(ZInvoice),
  sublicenses: z.array(ZSublicense),
  supportedUntil: z.nullable(ZDate),
  /** The relay's decision: this partner may invoice this client now (AT-1.2, AT-4.1, AG-REQ); widgets offer the form only then. */
  canInvoice: z.boolean(),
  /** True: no invoice without an approved pin (AT-1.2); false: a registration is deal protection only (AG-4). */
  requiresPin: z.boolean(),
  /**
   * Why a pin request would be refused now, decided by the same check the request runs (AT-1.2a,
   * AT-3.2, AT-4.1, AG-1.3), as the error the request would answer; null when it would be accepted or
   * the partner holds the live pin already. Widgets offer the request only when it is null.
   */
  pinRefusal: z.nullable(z.object({ code: z.string(), message: z.string(), rule: z.optional(z.string()), details: z.optional(z.unknown()) })),
  /**
   * The client's most urgent transfer, as the card's one line says it (AT-1.6): the awaited one with
   * the soonest deadline, told as the reminders tell it (due, due soon, due today, overdue); null when none is awaited.
   */
  notice: z.nullable(
    z.object({
      kind: z.enum(['transfer.due', 'transfer.dueSoon', 'transfer.dueToday', 'transfer.overdue']),
      facts: z.object({ invoiceNumber: z.string(), accountNumber: ZAccountNumber, amountKop: ZKop, dueOn: ZDate }),
    }),
  ),
})
export const ZPinnedToOther = z.object({ pinnedToOther: z.literal(true) })
export const ZVendorCard = z.object({
  view: z.literal('vendor'),
  accountNumber: ZAccountNumber,
  client: ZClient,
  pin: z.nullable(ZPin),
  partner: z.nullable(z.object({ id: ZId, name: z.string(), state: z.string(), email: z.string() })),
  pinHistory: z.array(ZPin),
  negotiation: ZNegotiation,
  invoices: z.array(ZInvoice),
  sublicenses: z.array(ZSublicense),
  supportedUntil: z.nullable(ZDate),
})
export const ZClientCardResponse = z.union([ZPinnedToOther, ZPartnerCard, ZVendorCard])
export type TClientCardResponse = z.infer<typeof ZClientCardResponse>
export type TPartnerCard = z.infer<typeof ZPartnerCard>
export type TVendorCard = z.infer<typeof ZVendorCard>

export const ZNegotiationRequest = z.strictObject({ open: z.boolean(), note: z.optional(ZText(2000)) })
export const ZNegotiationResponse = z.object({ accountNumber: ZAccountNumber, negotiation: ZNegotiation })

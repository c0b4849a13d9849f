import { z } from 'zod'
import { isValidDate } from './dates'
import { isValidInn, isValidKpp } from './inn'

/** Integer kopecks in JSON (safe integers; the relay keeps bigint inside). */
export const ZKop = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)
/** Integer basis points, 0..10000. */
export const ZBps = z.number().int().min(0).max(10_000)
export const ZDate = z.string().refine(isValidDate, { message: 'Expected an existing date YYYY-MM-DD' })
export const ZTimestamp = z.string()
export const ZId = z.string().min(1).max(64)
export const ZInn = z.string().refine(isValidInn, { message: 'INN must be 10 or 12 digits with valid check digits' })
export const ZKpp = z.string().refine(isValidKpp, { message: 'KPP must be 9 characters: 4 digits, 2 digits or letters, 3 digits' })
export const ZAccountNumber = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Account number: letters, digits, dot, dash, underscore')
export const ZCountry = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. RU')
export const ZRuleId = z.string().regex(/^(AT|AG|X)-[0-9A-Za-z.]+$/, 'A rule id such as AT-1.6')
export const ZText = (max: number) => z.string().trim().min(1).max(max)

export const ZCrm = z.enum(['amocrm', 'bitrix24'])
export const ZRole = z.enum(['partner', 'vendor'])
export const ZPartnerState = z.enum(['active', 'restricted', 'expulsion_pending', 'expelled'])
export const ZPinState = z.enum(['requested', 'approved', 'rejected', 'released'])
export const ZInvoiceState = z.enum(['issued', 'settled', 'void'])
export type TCrm = z.infer<typeof ZCrm>
export type TRole = z.infer<typeof ZRole>
export type TPartnerState = z.infer<typeof ZPartnerState>
export type TPinState = z.infer<typeof ZPinState>
export type TInvoiceState = z.infer<typeof ZInvoiceState>

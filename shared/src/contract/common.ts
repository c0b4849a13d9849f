import { z } from 'zod/mini'
import { innProblem, isValidKpp, isValidOgrn } from '../checks/inn'
import { isValidDate } from '../checks/is-valid-date'

/** Integer kopecks in JSON (safe integers; the relay keeps bigint inside). */
export const ZKop = z.int().check(z.minimum(Number.MIN_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER))
/** Integer basis points, 0..10000. */
export const ZBps = z.int().check(z.minimum(0), z.maximum(10_000))
export const ZDate = z.string().check(z.refine(isValidDate, 'Expected an existing date YYYY-MM-DD'))
export const ZTimestamp = z.string()
export const ZId = z.string().check(z.minLength(1), z.maxLength(64))
/**
 * An INN (AT-1.1). Each problem carries its reason in `params.reason` (`inn_length`, `inn_checksum`),
 * which the relay passes on in its error details, so the widget says which mistake it is.
 */
export const ZInn = z.string().check(
  z.refine((value) => innProblem(value) !== 'inn_length', { error: 'INN must be 10 or 12 digits', params: { reason: 'inn_length' }, abort: true }),
  z.refine((value) => innProblem(value) === null, { error: 'INN check digits do not match', params: { reason: 'inn_checksum' } }),
)
export const ZKpp = z.string().check(z.refine(isValidKpp, 'KPP must be 9 characters: 4 digits, 2 digits or letters, 3 digits'))
/** OGRN (13 digits) or OGRNIP (15) with its check digit. */
export const ZOgrn = z.string().check(z.refine(isValidOgrn, 'OGRN must be 13 digits (OGRNIP 15) with a matching check digit'))
export const ZAccountNumber = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Account number: letters, digits, dot, dash, underscore'))
export const ZCountry = z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code, e.g. RU'))
export const ZRuleId = z.string().check(z.regex(/^(AT|AG|X)-[0-9A-Za-z.]+$/, 'A rule id such as AT-1.6'))
/**
 * Trimmed, then 1..max characters. Marked free of side effects: to a bundler `.check()` is a method
 * call that might have some, and it would keep every unused request schema that uses ZText.
 */
export const ZText = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max))
/** A client's phone: digits, spaces, brackets, dashes and an optional +. */
export const ZPhone = z.string().check(z.trim(), z.regex(/^\+?[0-9 ()-]{5,20}$/, 'Phone: digits, spaces, brackets, dashes, optional +'))

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

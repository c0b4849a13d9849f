import { z } from 'zod'
import { isValidInn, isValidKpp } from '../clients/inn'

// Field-level schema of a program file. Cross-field checks live in `cross-check-program.ts`;
// `program-schema.ts` puts the two together.

const ZId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'Expected an id of a-z, 0-9, "-" or "_"')
const ZText = z.string().trim().min(1)
const ZRuleId = z.string().regex(/^(AT|AG|X)-[0-9A-Za-z.]+$/, 'Expected a rule id such as AT-1.6')
// Only the type error is reworded; range errors keep zod's own "Too big/Too small" wording.
const ZInteger = z.int({ error: (issue) => (issue.code === 'invalid_type' ? 'Expected integer' : undefined) })
/** Integer kopecks in the file, bigint once parsed. */
const ZKop = ZInteger.min(0).transform((kop) => BigInt(kop))
const ZBps = ZInteger.min(0).max(10_000)
const ZMonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Expected MM-DD')
const ZAmountBasis = z.enum(['list', 'payable'])
const ZDigits = (count: number) => z.string().regex(new RegExp(`^\\d{${count}}$`), `Expected ${count} digits`)

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

const ZVendor = z.strictObject({
  name: ZText,
  inn: z.string().refine(isValidInn, 'Invalid INN: 10 or 12 digits with valid check digits'),
  kpp: z.string().refine(isValidKpp, 'Invalid KPP'),
  address: ZText,
  email: z.email(),
  phone: ZText.optional(),
  bank: z.strictObject({ name: ZText, bik: ZDigits(9), account: ZDigits(20), corrAccount: ZDigits(20) }),
  signatory: z.strictObject({ title: ZText, name: ZText }).optional(),
  website: z.url().optional(),
})

const productFields = {
  sku: ZId,
  /** As the invoice prints it; `nameEn` is what English-speaking users read in the widget. */
  name: ZText,
  nameEn: ZText.optional(),
  category: ZId,
  unit: z.enum(['шт.', 'лиц.']),
  /** The unit as English-speaking users read it in the widget ("pcs"). */
  unitEn: ZText.optional(),
  /** null prints «Без НДС» (sublicenses are usually VAT-exempt). */
  vatBps: ZBps.nullable(),
  /** The price is an example, not the vendor's published one. */
  isSample: z.boolean(),
  /** The most units one invoice line may carry (AT-5.3): a typo guard, 1 000 unless the file says otherwise. */
  maxQuantity: ZInteger.min(1).max(100_000).default(1000),
}
// The price field that does not belong to the pricing is refused, yet typed as an optional
// undefined so callers can read `product.priceKop ?? product.monthlyPriceKop` without narrowing.
const ZAbsent = (message: string) => z.undefined({ error: message }).optional()
const ZProduct = z.discriminatedUnion('pricing', [
  z.strictObject({
    ...productFields,
    pricing: z.literal('monthly'),
    monthlyPriceKop: ZKop,
    /** The longest term of one line (AT-5.3); the program's months.max unless the file says less. */
    maxMonths: ZInteger.min(1).optional(),
    priceKop: ZAbsent('A monthly product is priced by monthlyPriceKop'),
  }),
  z.strictObject({
    ...productFields,
    pricing: z.literal('one-time'),
    priceKop: ZKop,
    maxMonths: ZAbsent('A one-time product has no term: leave maxMonths out'),
    monthlyPriceKop: ZAbsent('A one-time product is priced by priceKop'),
  }),
])

/** Basis points, null = not sold to this status, "project" = set on each project registration. */
const ZDiscountCell = z.union([ZBps, z.null(), z.literal('project')], {
  error: 'Expected basis points 0..10000, null (not sold) or "project"',
})

const ZPrivilege = z.union([z.boolean(), z.literal('on-request')], { error: 'Expected true, false or "on-request"' })
const ZPrivileges = z.strictObject({
  dedicatedManager: ZPrivilege,
  consultingAndMethodology: ZPrivilege,
  siteListing: ZPrivilege,
  training: ZPrivilege,
  jointMarketing: ZPrivilege,
  partnerPortal: ZPrivilege,
  vendorStaffAtEvents: ZPrivilege,
  demoEquipment: ZPrivilege,
  creditLine: ZPrivilege,
  marketingCompensation: ZPrivilege,
  dealProtection: ZPrivilege,
  vendorLeads: ZPrivilege,
  firstLineSupport: ZPrivilege,
  betaTesting: ZPrivilege,
})

const ZNeed = z.enum(['required', 'recommended', 'none'])
const ZRequirements = z.strictObject({
  website: ZNeed,
  certifiedSales: ZNeed,
  certifiedTechnical: ZNeed,
  customerTestimonial: ZNeed,
  jointSupportServices: ZNeed,
  demoStand: ZNeed,
  marketingEventsPerHalfYear: z.union([ZInteger.min(1), z.literal('recommended'), z.null()], {
    error: 'Expected a whole number ≥ 1, "recommended" or null',
  }),
  tenureMonths: ZInteger.min(1).nullable(),
  annualBusinessPlan: ZNeed,
  partnerReporting: ZNeed,
  /** Hardware and vendor software only, at vendor prices; may be set per partner instead. */
  halfYearVolumeKop: ZKop.nullable(),
  /** Partners without their own authorization in the distributor's network. */
  networkSize: ZInteger.min(1).optional(),
  sellsToEndCustomers: z.boolean().optional(),
})

/** A name the file gives in Russian, and in English for English-speaking users (the Russian one when it leaves it out). */
const names = { name: ZText, nameEn: ZText.optional() }

export const ZProgramShape = z.strictObject({
  id: ZId,
  ...names,
  currency: z.literal('RUB'),
  timeZone: z.string().refine(isTimeZone, 'Unknown time zone'),
  /** Country of the production calendar files, e.g. "ru" for calendars/ru-2026.json. */
  calendar: z.string().regex(/^[a-z]{2}$/, 'Expected a two-letter lowercase country code'),
  vendor: ZVendor,
  invoice: z.strictObject({ basis: ZText, paymentTermNote: ZText.optional() }),
  categories: z.array(z.strictObject({ id: ZId, ...names, countsTowardVolume: z.boolean() })).min(1),
  statuses: z.array(z.strictObject({ id: ZId, ...names, rank: ZInteger })).min(1),
  defaultStatus: ZId,
  downgrade: z.record(ZId, ZId),
  /** The discount of every matrix cell the file leaves out (ATRealt: 20% for all, AT-5.2). */
  baseDiscountBps: ZBps.optional(),
  discounts: z.record(ZId, z.record(ZId, ZDiscountCell)),
  products: z.array(ZProduct).min(1),
  requiresPin: z.boolean(),
  /** AT-1.1: how many digits the vendor's service gives an account number; without it any number the contract takes. */
  accountNumberDigits: ZInteger.min(1).max(64).optional(),
  pinApproval: z.enum(['auto', 'manual']),
  /** A pin request left undecided this many working days is shown to staff as an overdue decision (AT-1.2a, AT-4.4). */
  pinDecisionWorkingDays: ZInteger.min(1).max(250).default(10),
  /** A partner is reminded of a transfer this many working days before its deadline, besides on the day itself (AT-1.6). */
  transferReminderWorkingDays: ZInteger.min(1).max(60).default(1),
  territory: z.strictObject({ enforce: z.boolean() }),
  transfer: z.strictObject({
    workingDays: ZInteger.min(1).max(60),
    creditExtraWorkingDays: ZInteger.min(0).optional(),
  }),
  months: z.strictObject({ min: ZInteger.min(1), max: ZInteger.min(1) }),
  /**
   * When the partner must confirm an invoice first (AT-1.6, AT-5.1, X-6): a client-price total above
   * `confirmTotalAboveKop`, or the same lines for the same client within `duplicateWindowMinutes`.
   * Defaults: 1 000 000,00 ₽ and 10 minutes.
   */
  guards: z
    .strictObject({ confirmTotalAboveKop: ZKop, duplicateWindowMinutes: ZInteger.min(0).max(1440) })
    .prefault({ confirmTotalAboveKop: 100_000_000, duplicateWindowMinutes: 10 }),
  violations: z.strictObject({
    /** The rule an automatic violation for an overdue transfer cites (AT-1.6, AG-1.5). */
    overdueRule: ZRuleId,
    first: z.enum(['base-discount', 'downgrade']),
    second: z.literal('expulsion-pending'),
    autoExpel: z.boolean(),
    /** The rule that takes the partner's status away on a repeat violation and refuses new business meanwhile (AT-4.1, AG-1.5). */
    statusRule: z
      .string()
      .regex(/^(AT|AG|X)-[0-9A-Za-z.]+$/, 'Expected a rule id such as AT-4.1')
      .default('AT-4.1'),
    /**
     * What makes a violation a repeat one (AT-4.1, AG-1.5). `notice`: only one committed after the partner
     * was told of an earlier one, so violations found in one pass or committed before the first notice
     * form one episode. `violation`: every live violation after the first is a repeat.
     */
    repeatCountsAfter: z.enum(['notice', 'violation']).default('notice'),
  }),
  /**
   * The rules vendor staff may record a violation of, each with its title in both languages, and
   * the clause that makes them so (ATRealt: AT-4.1 names clauses 1 and 3; Agat RT: the grounds of AG-1.5).
   */
  violable: z.strictObject({
    basis: ZRuleId,
    rules: z.array(z.strictObject({ rule: ZRuleId, title: z.strictObject({ ru: ZText, en: ZText }) })).min(1),
  }),
  /** Where a reading of the source document was chosen, and what is sample data. */
  notes: z.array(ZText),
  privileges: z.record(ZId, ZPrivileges).optional(),
  requirements: z.record(ZId, ZRequirements).optional(),
  /** AG-3.1: the status a qualifying first purchase grants, and the certificate's yearly end. */
  authorization: z
    .strictObject({
      status: ZId,
      minFirstPurchaseKop: ZKop,
      minDiscountBps: ZBps,
      /** What the purchase is measured in: the client (list) price or what the partner pays the vendor. */
      firstPurchaseBasis: ZAmountBasis,
      certificateValidUntil: ZMonthDay,
    })
    .optional(),
  /** AG-4: how long a client or project registration protects the deal; who may register projects. */
  dealProtection: z.strictObject({ validityDays: ZInteger.min(1), projectRegistrationFrom: ZId.optional() }).optional(),
  /** AG-3.3b: the statuses set by the half-year review and the dates their lists are published. */
  statusReview: z.strictObject({ halfYearPublicationDates: z.array(ZMonthDay).min(1), statuses: z.array(ZId).min(1), volumeBasis: ZAmountBasis }).optional(),
  /** AG-3.3a: the statuses a partner applies for; granted from the next quarter to the end of its year. */
  statusApplication: z.strictObject({ statuses: z.array(ZId).min(1) }).optional(),
})
export type ProgramShape = z.output<typeof ZProgramShape>

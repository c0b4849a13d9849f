import { z } from 'zod/mini'
import { ZBps, ZKop } from './common'

export const ZProgramProduct = z.object({
  sku: z.string(),
  /** As the invoice prints it; `nameEn` and `unitEn` from the program file for English-speaking users. */
  name: z.string(),
  nameEn: z.optional(z.string()),
  category: z.string(),
  pricing: z.enum(['monthly', 'one-time']),
  monthlyPriceKop: z.optional(ZKop),
  priceKop: z.optional(ZKop),
  unit: z.string(),
  unitEn: z.optional(z.string()),
  /** null: «Без НДС». */
  vat: z.nullable(z.object({ rateBps: ZBps })),
  isSample: z.boolean(),
  /** The most units on one invoice line (AT-5.3). */
  maxQuantity: z.int(),
  /** The longest term of one line; null for a product sold once (AT-5.3). */
  maxMonths: z.nullable(z.int()),
})
/** The program file's name of a thing, and its English name when the file gives one. */
const names = { name: z.string(), nameEn: z.optional(z.string()) }

export const ZProgramResponse = z.object({
  id: z.string(),
  ...names,
  currency: z.string(),
  timeZone: z.string(),
  requiresPin: z.boolean(),
  /** AG-1.3: sales are held to the partner's countries (ATRealt's Rules set no territory). */
  enforcesTerritory: z.boolean(),
  months: z.object({ min: z.int(), max: z.int() }),
  transferWorkingDays: z.int(),
  /** Above this client price, or with the same lines within the window, the partner confirms (AT-5.1, X-6). */
  guards: z.object({ confirmTotalAboveKop: ZKop, duplicateWindowMinutes: z.int() }),
  categories: z.array(z.object({ id: z.string(), ...names })),
  statuses: z.array(z.object({ id: z.string(), ...names })),
  products: z.array(ZProgramProduct),
  /** Present when the program has live statuses (AG-3): which statuses are applied for, reviewed, and when. */
  statusRules: z.optional(
    z.object({
      authorizationStatus: z.string(),
      applicationStatuses: z.array(z.string()),
      reviewStatuses: z.array(z.string()),
      publicationDates: z.array(z.string()),
      dealProtectionDays: z.nullable(z.int()),
      projectRegistrationFrom: z.nullable(z.string()),
    }),
  ),
})
export type TProgramResponse = z.infer<typeof ZProgramResponse>
export type TProgramProduct = z.infer<typeof ZProgramProduct>

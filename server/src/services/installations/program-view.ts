import type { TProgramResponse } from '../../../../shared/src/contract'
import type { Program } from '../../domain/program/program-schema'

/** The program as the widgets need it: products with list prices, never discounts of others. */
export const programView = (program: Program): TProgramResponse => ({
  id: program.id,
  name: program.name,
  ...(program.nameEn && { nameEn: program.nameEn }),
  currency: program.currency,
  timeZone: program.timeZone,
  requiresPin: program.requiresPin,
  enforcesTerritory: program.territory.enforce,
  months: program.months,
  transferWorkingDays: program.transfer.workingDays,
  guards: { confirmTotalAboveKop: Number(program.guards.confirmTotalAboveKop), duplicateWindowMinutes: program.guards.duplicateWindowMinutes },
  categories: program.categories.map(({ id, name, nameEn }) => ({ id, name, ...(nameEn && { nameEn }) })),
  statuses: program.statuses.map(({ id, name, nameEn }) => ({ id, name, ...(nameEn && { nameEn }) })),
  products: program.products.map((p) => ({
    sku: p.sku,
    name: p.name,
    ...(p.nameEn && { nameEn: p.nameEn }),
    category: p.category,
    pricing: p.pricing,
    ...(p.monthlyPriceKop !== undefined ? { monthlyPriceKop: Number(p.monthlyPriceKop) } : {}),
    ...(p.priceKop !== undefined ? { priceKop: Number(p.priceKop) } : {}),
    unit: p.unit,
    ...(p.unitEn && { unitEn: p.unitEn }),
    vat: p.vatBps === null ? null : { rateBps: p.vatBps },
    isSample: p.isSample,
    maxQuantity: p.maxQuantity,
    maxMonths: p.pricing === 'monthly' ? Math.min(p.maxMonths ?? program.months.max, program.months.max) : null,
  })),
  ...(program.authorization
    ? {
        statusRules: {
          authorizationStatus: program.authorization.status,
          applicationStatuses: program.statusApplication?.statuses ?? [],
          reviewStatuses: program.statusReview?.statuses ?? [],
          publicationDates: program.statusReview?.halfYearPublicationDates ?? [],
          dealProtectionDays: program.dealProtection?.validityDays ?? null,
          projectRegistrationFrom: program.dealProtection?.projectRegistrationFrom ?? null,
        },
      }
    : {}),
})

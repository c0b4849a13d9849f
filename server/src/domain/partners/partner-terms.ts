import type { TPartnerState } from '../../../../shared/src/contract'
import { DomainError } from '../domain-error'
import { discountFor } from '../program/discount-for'
import { downgradeStatus } from '../program/downgrade-status'
import type { Program } from '../program/program-schema'
import { isRestricted } from '../violations/partner-state-for'

export type PartnerFacts = { status: string; state: TPartnerState; currentDiscountBps: number | null }

/**
 * The status the partner's discounts come from now: one status down while a violation stands in a
 * program that downgrades (AG-1.5); otherwise the status it holds.
 */
export const effectiveStatus = (program: Program, partner: PartnerFacts): string =>
  isRestricted(partner.state) && program.violations.first === 'downgrade' ? downgradeStatus(program, partner.status) : partner.status

/**
 * How this partner is priced (AT-5.2, AT-4.1, AG-DISC): a discount per product category and a
 * label of where it came from, for the invoice and the audit trail. A project registration's
 * discount prices the categories the status prices per project (AG-4).
 * @throws product_not_available, project_discount_missing from the program's matrix.
 */
export const partnerTerms = (program: Program, partner: PartnerFacts & { projectDiscountBps?: number }) => {
  const status = effectiveStatus(program, partner)
  const restricted = isRestricted(partner.state)
  const { projectDiscountBps } = partner
  const discount = (category: string) =>
    discountFor({ program, status, category, currentDiscountBps: partner.currentDiscountBps ?? undefined, isRestricted: restricted, projectDiscountBps })
      .discountBps
  const usesCurrent = !restricted && partner.currentDiscountBps !== null && partner.currentDiscountBps > (program.baseDiscountBps ?? 0)
  const usesProject = projectDiscountBps !== undefined && Object.values(program.discounts[status] ?? {}).includes('project')
  const source =
    restricted && program.violations.first === 'base-discount' ? 'base-after-violation' : usesCurrent ? 'current' : usesProject ? 'project' : `status:${status}`
  return { status, discount, source }
}

/** Every category's discount for display: null where the status is not sold the category. */
export const discountTable = (program: Program, partner: PartnerFacts) => {
  const { discount } = partnerTerms(program, partner)
  return program.categories.map((category) => {
    try {
      return { category: category.id, categoryName: category.name, discountBps: discount(category.id), isPerProject: false }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      return { category: category.id, categoryName: category.name, discountBps: null, isPerProject: error.code === 'project_discount_missing' }
    }
  })
}

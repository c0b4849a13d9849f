import { DomainError } from '../domain-error'
import { assertBps } from '../money/assert-bps'
import { findStatus } from './find-status'
import type { Program } from './program-schema'

export type DiscountForOptions = {
  program: Program
  status: string
  category: string
  /** The partner's own discount set by vendor staff; applies only when above the status discount. */
  currentDiscountBps?: number
  /** After a first violation (AT-4.1): the partner gets the status (base) discount only. */
  isRestricted: boolean
  /** The discount vendor staff set on the project registration, for "project" cells (AG-DISC). */
  projectDiscountBps?: number
}

/**
 * The partner discount on a product category (AT-5.2, AT-4.1, AG-DISC). The status discount comes
 * from the program's matrix (cells the file leaves out take `baseDiscountBps`); a higher current
 * discount replaces it unless the partner is restricted.
 * @throws DomainError product_not_available (AG-DISC) when the status may not buy the category.
 * @throws DomainError project_discount_missing (AG-DISC) for a "project" cell without a project discount.
 * @throws DomainError invalid_request for an unknown status or category, or bad basis points.
 */
export const discountFor = ({
  program,
  status,
  category,
  currentDiscountBps,
  isRestricted,
  projectDiscountBps,
}: DiscountForOptions): { discountBps: number } => {
  const statusName = findStatus(program, status).name
  const categoryName = program.categories.find((candidate) => candidate.id === category)?.name
  if (!categoryName) throw new DomainError('invalid_request', `Category "${category}" is not defined in the ${program.name} program`)
  if (currentDiscountBps !== undefined) assertBps(currentDiscountBps, 'currentDiscountBps')
  if (projectDiscountBps !== undefined) assertBps(projectDiscountBps, 'projectDiscountBps')

  // An explicit null cell means "not sold" and must not fall back to the base discount.
  const listed = program.discounts[status]?.[category]
  const cell = listed === undefined ? (program.baseDiscountBps ?? null) : listed
  if (cell === null) {
    throw new DomainError('product_not_available', `"${categoryName}" is not sold to partners with status "${statusName}" (AG-DISC)`, {
      rule: 'AG-DISC',
      details: { status, category },
    })
  }
  const statusBps = cell === 'project' ? projectDiscountBps : cell
  if (statusBps === undefined) {
    throw new DomainError(
      'project_discount_missing',
      `Status "${statusName}" has no fixed discount on "${categoryName}": vendor staff set it on the project registration (AG-DISC)`,
      { rule: 'AG-DISC', details: { status, category } },
    )
  }
  if (isRestricted || currentDiscountBps === undefined) return { discountBps: statusBps }
  return { discountBps: Math.max(statusBps, currentDiscountBps) }
}

import type { z } from 'zod'
import type { ProgramShape } from './program-shape'

type Context = z.core.$RefinementCtx<ProgramShape>
type Path = (string | number)[]

const flagDuplicates = (ctx: Context, values: readonly (string | number)[], path: (index: number) => Path, what: string) => {
  const seen = new Set<string | number>()
  values.forEach((value, index) => {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: path(index), message: `Duplicate ${what} "${value}"` })
    seen.add(value)
  })
}

/**
 * The checks no single field can make: ids unique, every reference points at a known status or
 * category, the discount matrix is complete (AG-DISC), a downgrade goes down (AG-1.5).
 */
export const crossCheckProgram = (program: ProgramShape, ctx: Context): void => {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message })
  const rankOf = new Map(program.statuses.map((status) => [status.id, status.rank]))
  const categoryIds = new Set(program.categories.map((category) => category.id))

  flagDuplicates(
    ctx,
    program.categories.map((c) => c.id),
    (i) => ['categories', i, 'id'],
    'category id',
  )
  flagDuplicates(
    ctx,
    program.statuses.map((s) => s.id),
    (i) => ['statuses', i, 'id'],
    'status id',
  )
  flagDuplicates(
    ctx,
    program.statuses.map((s) => s.rank),
    (i) => ['statuses', i, 'rank'],
    'status rank',
  )
  flagDuplicates(
    ctx,
    program.products.map((p) => p.sku),
    (i) => ['products', i, 'sku'],
    'sku',
  )

  if (!rankOf.has(program.defaultStatus)) issue(['defaultStatus'], `Unknown status "${program.defaultStatus}"`)
  program.products.forEach((product, index) => {
    if (!categoryIds.has(product.category)) issue(['products', index, 'category'], `Unknown category "${product.category}"`)
  })

  for (const [from, to] of Object.entries(program.downgrade)) {
    if (!rankOf.has(from)) issue(['downgrade', from], `Unknown status "${from}"`)
    else if (!rankOf.has(to)) issue(['downgrade', from], `Unknown status "${to}"`)
    else if ((rankOf.get(to) ?? 0) >= (rankOf.get(from) ?? 0)) issue(['downgrade', from], `"${to}" is not below "${from}"`)
  }
  if (program.violations.first === 'downgrade' && Object.keys(program.downgrade).length === 0) {
    issue(['downgrade'], 'violations.first is "downgrade" but no status can be downgraded')
  }

  for (const [status, row] of Object.entries(program.discounts)) {
    if (!rankOf.has(status)) issue(['discounts', status], `Unknown status "${status}"`)
    for (const category of Object.keys(row)) {
      if (!categoryIds.has(category)) issue(['discounts', status, category], `Unknown category "${category}"`)
    }
  }
  if (program.baseDiscountBps === undefined) {
    for (const status of rankOf.keys()) {
      for (const category of categoryIds) {
        if (program.discounts[status]?.[category] === undefined) {
          issue(['discounts', status, category], 'Missing: set basis points, null (not sold) or "project"')
        }
      }
    }
  }

  for (const key of ['privileges', 'requirements'] as const) {
    for (const status of Object.keys(program[key] ?? {})) {
      if (!rankOf.has(status)) issue([key, status], `Unknown status "${status}"`)
    }
  }
  if (program.months.min > program.months.max) issue(['months', 'max'], 'Must not be below months.min')
  program.products.forEach((product, index) => {
    const max = product.maxMonths
    if (max !== undefined && (max < program.months.min || max > program.months.max)) {
      issue(['products', index, 'maxMonths'], `Must be within months: ${program.months.min} to ${program.months.max}`)
    }
  })
  crossCheckStatusRules(program, rankOf, issue)
  flagDuplicates(
    ctx,
    program.violable.rules.map((r) => r.rule),
    (i) => ['violable', 'rules', i, 'rule'],
    'violable rule',
  )
  // The overdue scan records its violations under a rule staff may record too (AT-1.6, AG-1.5).
  if (!program.violable.rules.some((r) => r.rule === program.violations.overdueRule)) {
    issue(['violable', 'rules'], `The overdue rule ${program.violations.overdueRule} must be among the violable rules`)
  }
}

/** Every status the status rules name exists; the statuses they judge have requirements (AG-REQ). */
const crossCheckStatusRules = (program: ProgramShape, rankOf: Map<string, number>, issue: (path: Path, message: string) => void) => {
  const known = (path: Path, status: string | undefined) => {
    if (status !== undefined && !rankOf.has(status)) issue(path, `Unknown status "${status}"`)
  }
  const judged = (path: Path, status: string) => {
    if (rankOf.has(status) && !program.requirements?.[status]) issue(path, `Status "${status}" has no requirements to judge it by`)
  }
  known(['authorization', 'status'], program.authorization?.status)
  known(['dealProtection', 'projectRegistrationFrom'], program.dealProtection?.projectRegistrationFrom)
  program.statusReview?.statuses.forEach((status, i) => {
    known(['statusReview', 'statuses', i], status)
    judged(['statusReview', 'statuses', i], status)
  })
  program.statusApplication?.statuses.forEach((status, i) => {
    known(['statusApplication', 'statuses', i], status)
    judged(['statusApplication', 'statuses', i], status)
  })
  if ((program.statusReview || program.statusApplication) && !program.authorization) {
    issue(['authorization'], 'Status reviews and applications need the authorization rule (AG-3.1)')
  }
}

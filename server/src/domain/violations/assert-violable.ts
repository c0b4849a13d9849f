import { DomainError } from '../domain-error'
import type { Program } from '../program/program-schema'

/**
 * A violation is recorded only under a rule the program marks as violable (AT-4.1: clauses 1 and 3
 * of the Rules; AG-1.5: its grounds), so a typo such as AT-9.9 never becomes a partner's violation.
 * @throws rule_not_violable naming the rule, with the rules that are.
 */
export const assertViolable = (program: Program, rule: string): void => {
  const { basis, rules } = program.violable
  if (rules.some((r) => r.rule === rule)) return
  const violable = rules.map((r) => r.rule)
  throw new DomainError('rule_not_violable', `${rule} is not a rule a violation can be recorded under (${basis}); these are: ${violable.join(', ')}`, {
    rule: basis,
    details: { rule, violable },
  })
}

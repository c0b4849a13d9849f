import type { Messages } from './ru'

/**
 * 'AT-1.2a' → '1.2': the clause of the program's document a partner can look up. Letter suffixes are
 * our own subdivisions of a clause; cross-cutting X-* ids and AT-0 have no clause in the document.
 */
export const ruleClause = (rule: string | undefined): string | null => {
  const match = /^(?:AT|AG)-(\d+(?:\.\d+)*)[a-z]?$/.exec(rule ?? '')
  if (!match || match[1] === '0') return null
  return match[1]
}

/**
 * A rule id as the partner finds it in its program's document: 'AT-1.6' → «п. 1.6 Правил» (ATRealt's
 * Rules), 'AG-3.1' → «п. 3.1 Программы» (Agat RT's document calls itself the Partner Program);
 * null for an id with no clause there (X-*, AT-0, AG-REQ), so no code is ever shown.
 */
export const ruleRef = (messages: Pick<Messages, 'rule.ref' | 'rule.refAgat'>, rule: string | undefined): string | null => {
  const clause = ruleClause(rule)
  if (!clause) return null
  return (rule?.startsWith('AG-') ? messages['rule.refAgat'] : messages['rule.ref']).replace('{n}', clause)
}

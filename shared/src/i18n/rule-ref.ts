/**
 * 'AT-1.2a' → '1.2': the clause of the program's Rules a partner can look up. Letter suffixes are our
 * own subdivisions of a clause; cross-cutting X-* ids and AT-0 have no clause in the Rules.
 */
export const ruleClause = (rule: string | undefined): string | null => {
  const match = /^(?:AT|AG)-(\d+(?:\.\d+)*)[a-z]?$/.exec(rule ?? '')
  if (!match || match[1] === '0') return null
  return match[1]
}

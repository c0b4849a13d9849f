import type { RelayError } from '../client/relay-error'
import type { MessageKey, Messages } from './ru'
import { ruleClause } from './rule-ref'

/** The rule a code stands for when the relay does not name one (ATRealt numbering, the default program). */
const DEFAULT_RULES: Record<string, string> = {
  pin_conflict: 'AT-1.2',
  not_pinned: 'AT-1.2',
  demo_account: 'AT-3.2',
  partner_expelled: 'AT-4.1',
}

const interpolate = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))

/** Field names from a validation failure's issues, e.g. [{path: ['lines', 0, 'months']}] → ['months']. */
const invalidFields = (details: unknown): string[] => {
  if (!Array.isArray(details)) return []
  const names = details.flatMap((issue) => {
    const path: unknown[] = Array.isArray(issue?.path) ? issue.path : []
    const last = [...path].reverse().find((part) => typeof part === 'string')
    return typeof last === 'string' ? [last] : []
  })
  return [...new Set(names)]
}

/** A relay error in plain words of the UI's language, ending with the rule it comes from. */
export const errorMessage = (messages: Messages, error: Pick<RelayError, 'code' | 'rule' | 'details'>): string => {
  const key = `error.${error.code}` as MessageKey
  let text = messages[key] ?? messages['error.default']
  if (error.code === 'invalid_request') {
    const fields = invalidFields(error.details).map((name) => messages[`field.${name}` as MessageKey] ?? name)
    if (fields.length > 0) text = interpolate(messages['field.list'], { fields: fields.join(', ') })
  }
  const clause = ruleClause(error.rule ?? DEFAULT_RULES[error.code])
  return clause ? `${text} — ${interpolate(messages['rule.ref'], { n: clause })}` : text
}

export { interpolate }

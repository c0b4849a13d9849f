import type { RelayError } from '../client/relay-error'
import type { Messages } from './ru'
import { ruleRef } from './rule-ref'

/** The rule a code stands for when the relay does not name one (ATRealt numbering, the default program). */
const DEFAULT_RULES: Record<string, string> = {
  pin_conflict: 'AT-1.2',
  not_pinned: 'AT-1.2',
  demo_account: 'AT-3.2',
  partner_expelled: 'AT-4.1',
}

const interpolate = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))

/** A problem as the relay lists it (`reason`, and facts such as `digits`) or as zod does (`params.reason`). */
type Problem = { path?: unknown; reason?: unknown; params?: { reason?: unknown }; digits?: unknown }

/** A validation failure's problems: the browser's own check lists zod issues, the relay `{ fields: [{ path: 'a.b' }] }`. */
const problemsOf = (details: unknown): (Problem | null)[] => {
  const list: unknown = Array.isArray(details) ? details : (details as { fields?: unknown } | null | undefined)?.fields
  return Array.isArray(list) ? list : []
}

/** The names a problem's path goes by, nearest first: ['lines', 0, 'months'] and 'lines.0.months' → ['months', 'lines']. */
const namesOf = (problem: Problem | null): string[] => {
  const path = problem?.path
  const parts: unknown[] = typeof path === 'string' ? path.split('.') : Array.isArray(path) ? path : []
  return parts.filter((part): part is string => typeof part === 'string' && part !== '' && !/^\d+$/.test(part)).reverse()
}

/** The words for a problem's reason (`reason.inn_checksum`), filled with its facts; undefined for a reason without words. */
const reasonWords = (messages: Messages, problem: Problem | null): string | undefined => {
  const reason = problem?.reason ?? problem?.params?.reason
  const template = typeof reason === 'string' ? messages[`reason.${reason}` as keyof Messages] : undefined
  return template && interpolate(template, { digits: typeof problem?.digits === 'number' ? problem.digits : '' })
}

/**
 * What is wrong with one field of a failed request, in words (`inn` → «Контрольная сумма ИНН не
 * сходится»), so a form can show it under that field; null when the field is not at fault.
 */
export const fieldError = (messages: Messages, error: Pick<RelayError, 'code' | 'details'> | null | undefined, field: string): string | null => {
  if (error?.code !== 'invalid_request') return null
  const problems = problemsOf(error.details).filter((problem) => namesOf(problem)[0] === field)
  if (problems.length === 0) return null
  return reasonWords(messages, problems[0]) ?? interpolate(messages['field.list'], { fields: messages[`field.${field}` as keyof Messages] ?? field })
}

/**
 * The fields of a validation failure, each in the nearest words `wordsOf` has for its path (a record's
 * key such as a status id in 'thresholds.silver' is no field name), else by its last name as is.
 */
export const invalidFields = (details: unknown, wordsOf: (name: string) => string | undefined): string[] => {
  const fields = problemsOf(details).flatMap((problem) => {
    const names = namesOf(problem)
    return names.map(wordsOf).find(Boolean) ?? names.slice(0, 1)
  })
  return [...new Set(fields)]
}

/** A relay error in plain words of the UI's language, ending with the rule it comes from. */
export const errorMessage = (messages: Messages, error: Pick<RelayError, 'code' | 'rule' | 'details'>): string => {
  const key = `error.${error.code}` as keyof Messages
  let text = messages[key] ?? messages['error.default']
  // A known reason is said as it is: «ИНН — 10 или 12 цифр», «Вендор ведёт переговоры с клиентом напрямую».
  const said = [...new Set(problemsOf(error.details).map((problem) => reasonWords(messages, problem)))]
  const topReason = reasonWords(messages, error.details as Problem | null)
  if (topReason) text = topReason
  else if (error.code === 'invalid_request' && said.length > 0 && !said.includes(undefined)) text = said.join('. ')
  else if (error.code === 'invalid_request') {
    const fields = invalidFields(error.details, (name) => messages[`field.${name}` as keyof Messages])
    if (fields.length > 0) text = interpolate(messages['field.list'], { fields: fields.join(', ') })
  }
  const ref = ruleRef(messages, error.rule ?? DEFAULT_RULES[error.code])
  return ref ? `${text} — ${ref}` : text
}

export { interpolate }

import type { RelayError } from '../client/relay-error'
import { errorMessage, fieldError, interpolate } from './error-message'
import { createFormat } from './format'
import type { Locale } from './locale'
import type { MessageKey, Messages } from './ru'
import { ruleRef } from './rule-ref'

type Vars = Record<string, string | number>

/** Everything a screen needs to speak the CRM's language. */
export const createI18n = (locale: Locale, messages: Messages) => {
  const rules = new Intl.PluralRules(locale === 'ru' ? 'ru-RU' : 'en-GB')
  const t = (key: MessageKey, vars: Vars = {}) => interpolate(messages[key], vars)
  return {
    locale,
    t,
    /** Looks up `<base>.one|few|many|other` by the language's plural rules. */
    plural: (count: number, base: 'days' | 'sublicenses' | 'months') => {
      const key = `${base}.${rules.select(count)}` as MessageKey
      return messages[key] ?? messages[`${base}.other` as MessageKey]
    },
    error: (error: Pick<RelayError, 'code' | 'rule' | 'details'>) => errorMessage(messages, error),
    /** What is wrong with one field of a refused form, in words; null when that field is fine. */
    fieldError: (error: Pick<RelayError, 'code' | 'details'> | null | undefined, field: string) => fieldError(messages, error, field),
    /** A rule id in words («п. 1.6 Правил»); null where the program's document has no clause for it. */
    rule: (rule: string | undefined) => ruleRef(messages, rule),
    ...createFormat(locale),
  }
}

export type I18n = ReturnType<typeof createI18n>

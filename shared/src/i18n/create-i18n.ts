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
  // The page's words, and those of the screen parts loaded since (addWords).
  const words: Partial<Record<MessageKey, string>> = { ...messages }
  const t = (key: MessageKey, vars: Vars = {}) => interpolate(words[key] as string, vars)
  const adding = new Map<unknown, Promise<void>>()
  return {
    locale,
    t,
    /**
     * Brings the words of a group of screens (`load` gives them in this language; see staff-ru.ts)
     * into `t`, once; a part that speaks them renders after this settles. A failed download is
     * tried again on the next call.
     */
    addWords: (load: (locale: Locale) => Promise<Partial<Record<MessageKey, string>>>): Promise<void> => {
      const known = adding.get(load)
      if (known) return known
      const added = load(locale).then((more) => {
        Object.assign(words, more)
      })
      adding.set(load, added)
      added.catch(() => adding.delete(load))
      return added
    },
    /** Looks up `<base>.one|few|many|other` by the language's plural rules. */
    plural: (count: number, base: 'days' | 'sublicenses' | 'months') => {
      const key = `${base}.${rules.select(count)}` as MessageKey
      return (words[key] ?? words[`${base}.other` as MessageKey]) as string
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

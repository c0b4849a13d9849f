import type { Locale } from './locale'

const TAGS: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' }
const PROGRAM_TIME_ZONE = 'Europe/Moscow'

/** Display formatters. They only render what the relay computed: no arithmetic on money or dates. */
export const createFormat = (locale: Locale) => {
  const tag = TAGS[locale]
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'RUB', minimumFractionDigits: 2 })
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 })
  // Calendar dates carry no time: format them as UTC midnight so no zone can shift the day.
  const date = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' })
  const zoned = new Intl.DateTimeFormat(tag, { timeZone: PROGRAM_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' })
  const count = new Intl.NumberFormat(tag)
  return {
    /** A whole number with the language's grouping: "1 000". */
    count: (n: number) => count.format(n),
    /** Integer kopecks → "1 234,50 ₽". */
    money: (kop: number) => money.format(kop / 100),
    /** Basis points → "20 %". */
    percent: (bps: number) => percent.format(bps / 10_000),
    /** 'YYYY-MM-DD' → "30.04.2026". */
    date: (value: string) => date.format(new Date(`${value}T00:00:00Z`)),
    /** An ISO timestamp → its calendar date in the program's time zone. */
    timestamp: (value: string) => {
      const parsed = new Date(value)
      return Number.isNaN(parsed.getTime()) ? value : zoned.format(parsed)
    },
  }
}

export type Format = ReturnType<typeof createFormat>

/** Today in the program's time zone, as 'YYYY-MM-DD': only the default of a date input. */
export const todayInProgramZone = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: PROGRAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)

import type { TInvoiceWarning } from '../../contract'
import type { I18n } from '../../i18n/create-i18n'

/** A warning of the relay in words (AT-1.6, AT-5.1, X-6); `payment` words a late date on a recorded payment. */
export const warningText = (i18n: I18n, warning: TInvoiceWarning, payment = false) => {
  switch (warning.code) {
    case 'deadline_passed':
      return i18n.t(payment ? 'payment.warn.deadline_passed' : 'quote.warn.deadline_passed', {
        rule: i18n.rule(warning.rule) ?? warning.rule,
        date: warning.dueOn ? i18n.date(warning.dueOn) : '',
      })
    case 'large_total':
      return i18n.t('quote.warn.large_total', { total: i18n.money(warning.totalKop ?? 0), threshold: i18n.money(warning.thresholdKop ?? 0) })
    default:
      return i18n.t('quote.warn.possible_duplicate', { number: warning.number ?? '', date: warning.issuedOn ? i18n.date(warning.issuedOn) : '' })
  }
}

/**
 * A date field the relay refused with the range it takes, in words: 'On or before 2026-12-06' or
 * '2026-04-28 … 2026-12-06'; null for any other refusal.
 */
export const dateLimitText = (i18n: I18n, details: unknown, path: string) => {
  const fields = (details as { fields?: { path?: string; message?: string }[] } | null | undefined)?.fields
  const message = (Array.isArray(fields) ? fields.find((field) => field.path === path)?.message : undefined) ?? ''
  const before = /^On or before (\d{4}-\d{2}-\d{2})$/.exec(message)
  if (before) return i18n.t('quote.badDate', { date: i18n.date(before[1] as string) })
  const range = /^(\d{4}-\d{2}-\d{2}) … (\d{4}-\d{2}-\d{2})$/.exec(message)
  return range ? i18n.t('quote.badDateRange', { from: i18n.date(range[1] as string), to: i18n.date(range[2] as string) }) : null
}

import type { RenewalMessages } from './renewals-ru'

/** The renewals list's words in English; the keys are those of `renewals-ru.ts`. */
export const renewalsEn: RenewalMessages = {
  'renewals.title': 'Renewals: terms ending in the next {days} days',
  'renewals.titleStaff': "Renewals at risk: every partner's client terms ending in the next {days} days",
  'renewals.empty': 'No client term ends in the next {days} days.',
  'renewals.client': '{name}, account {account}',
  'renewals.line': '{product} · {quantity} × {months} mo.',
  'renewals.paidThrough': 'Paid through {date}',
  'renewals.today': 'ends today',
  'renewals.daysLeft': '{days} days left',
  'renewals.partner': 'Partner: {partner}',
  'renewals.renew': 'Renew',
  'renewals.cancel': 'Cancel',
  'renewals.nextTerm': 'New term: {from} – {through}, if the client pays by {date} ({rule}).',
  'renewals.forClient': 'Renewal for {name}, account {account}',
}

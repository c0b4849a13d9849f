/**
 * Words of the renewals list (AT-1.6 prolongation): a lazily loaded part of the overview, so they
 * load with it, in the language in use only. Keys are the contract of `renewals-en.ts`.
 */
export const renewalsRu = {
  'renewals.title': 'Продления: сроки истекают в ближайшие {days} дн.',
  'renewals.titleStaff': 'Продления под риском: сроки клиентов всех партнёров в ближайшие {days} дн.',
  'renewals.empty': 'В ближайшие {days} дн. сроки клиентов не истекают.',
  'renewals.client': '{name}, аккаунт {account}',
  'renewals.line': '{product} · {quantity} шт. × {months} мес.',
  'renewals.paidThrough': 'Оплачено по {date}',
  'renewals.today': 'истекает сегодня',
  'renewals.daysLeft': 'осталось {days} дн.',
  'renewals.partner': 'Партнёр: {partner}',
  'renewals.renew': 'Продлить',
  'renewals.cancel': 'Отмена',
  'renewals.nextTerm': 'Новый срок: {from} – {through}, если клиент оплатит до {date} включительно ({rule}).',
  'renewals.forClient': 'Продление для клиента {name}, аккаунт {account}',
}
export type RenewalMessages = typeof renewalsRu

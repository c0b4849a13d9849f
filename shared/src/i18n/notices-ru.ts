/**
 * Words of the notices list (the overview's fold): what each notice kind says, from its facts.
 * They load with the list, in the language in use only. Keys are the contract of `notices-en.ts`.
 */
export const noticesRu = {
  'notices.empty': 'Уведомлений нет',
  'notices.unread': 'Непрочитанных: {count}',
  'notices.markRead': 'Прочитано',
  'notices.markAll': 'Отметить все прочитанными',
  'notices.open': 'Открыть',
  'notices.client': 'Клиент {client}',
  'notice.transfer.due': 'Клиент оплатил: перевести {amount} по счёту № {invoice} до {date}',
  'notice.transfer.dueSoon': 'Завтра срок: перевести {amount} по счёту № {invoice} до {date}',
  'notice.transfer.dueToday': 'Сегодня последний день: перевести {amount} по счёту № {invoice}',
  'notice.transfer.overdue': 'Перевод {amount} по счёту № {invoice} просрочен: срок был {date}',
  'notice.pin.approved': 'Клиент {client} закреплён за вами',
  'notice.pin.rejected': 'В закреплении клиента {client} отказано: {reason}',
  'notice.pin.released': 'Закрепление клиента {client} снято: {reason}',
  'notice.violation.recorded': 'Записано нарушение: {reason}. Состояние: {state}',
  'notice.violation.transferOverdue': 'Записано нарушение: перевод по счёту № {invoice} не поступил до {date}. Состояние: {state}',
  'notice.partner.stateChanged': 'Состояние партнёра изменилось: {state}',
  'notice.staff.pinRequested': '{partner} просит закрепить клиента {client}',
  'notice.staff.pinUndecided': 'Заявка {partner} на клиента {client} ждёт решения с {date}',
  'notice.staff.transferOverdue': '{partner}: перевод {amount} по счёту № {invoice} просрочен (срок {date})',
  'notice.staff.expulsionPending': '{partner} ждёт решения об исключении',
  'state.active': 'действует',
  'state.restricted': 'базовая скидка',
  'state.expulsion_pending': 'ждёт решения об исключении',
  'state.expelled': 'исключён',
}

export type NoticeMessages = Record<keyof typeof noticesRu, string>
export type NoticeMessageKey = keyof NoticeMessages

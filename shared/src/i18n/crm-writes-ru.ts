/**
 * Words of the settings part about the relay acting in the CRM itself (issue 12): the access state
 * line, the connect button and what to write. They load with that part only, in the language in
 * use. Keys are the contract of `crm-writes-en.ts`.
 */
export const crmWritesRu = {
  title: 'Задачи и заметки в CRM',
  'access.label': 'Доступ к CRM: {state}',
  'access.active': 'подключён',
  'access.needs-reauthorisation': 'нужна повторная авторизация',
  'access.revoked': 'отозван',
  'access.none': 'не подключён',
  'access.hint': 'Чтобы ставить задачи и писать заметки, сервер программы должен получить доступ к вашей CRM.',
  connect: 'Подключить',
  reconnect: 'Авторизовать снова',
  'write.transferTasks': 'Задача «Перевести …» на карточке клиента после его оплаты, закрывается при получении перевода',
  'write.pinNotes': 'Заметка на карточке о решении по закреплению клиента',
  'write.violationNotes': 'Заметка на карточке клиента о нарушении по его счёту',
  'write.pinRequestTasks': 'Задача ответственному о каждом новом запросе на закрепление',
  entityType: 'Карточка, на которой писать',
  'entity.company': 'Компания',
  'entity.contact': 'Контакт',
  'entity.lead': 'Сделка',
  'entity.deal': 'Сделка',
  responsibleUserId: 'ID ответственного пользователя CRM',
  responsibleUserIdHint: 'Необязательно; без него задачу получит пользователь по умолчанию',
  writesSummary: 'Записано: {done}, ждут отправки: {pending}, не записано: {ended}',
  save: 'Сохранить выбор',
  saved: 'Сохранено',
  readOnly: 'Изменять может только администратор CRM',
}

export type CrmWritesMessages = typeof crmWritesRu
export type CrmWritesMessageKey = keyof CrmWritesMessages

/**
 * Words of the marks only vendor staff set: a partner's countries (AG-1.3), a client's demo mark
 * (AT-3.2), the client's confirmation on a pin approval (AT-4.4) and the violation form's rule list
 * (AT-4.1). They load with the vendor's own screens, in the language in use only, so a partner's
 * page never downloads them. Keys are the contract of `staff-en.ts`.
 */
export const staffRu = {
  'territory.title': 'Территория продаж',
  'territory.countries': 'Страны резидентства',
  'territory.extraCountries': 'Страны по договору',
  'territory.none': 'нет',
  'territory.reasonNow': 'Основание: {reason}',
  'territory.codesHint': 'Коды ISO 3166-1 через запятую, например RU, KZ',
  'territory.reason': 'Основание (пункт договора)',
  'territory.edit': 'Изменить страны',
  'territory.save': 'Сохранить страны',
  'territory.saved': 'Страны партнёра сохранены',
  'territory.notEnforced': 'Правила программы не ограничивают территорию: списки хранятся, но продажи не ограничивают',
  'demo.hint': 'Пока отметка стоит, аккаунт не закрепляют и по нему не выставляют счета — {rule}',
  'demo.set': 'Отметить как демо-аккаунт',
  'demo.clear': 'Снять отметку демо-аккаунта',
  'demo.reason': 'Причина',
  'demo.marked': 'Аккаунт отмечен как демо-аккаунт',
  'demo.cleared': 'Отметка демо-аккаунта снята',
  'confirm.mark': 'Клиент подтвердил, что знает партнёра',
  'confirm.note': 'Комментарий к подтверждению',
  'confirm.shown': 'Клиент подтвердил, что знает партнёра',
  'confirm.shownWithNote': 'Клиент подтвердил, что знает партнёра: {note}',
  'violation.chooseRule': 'Выберите пункт',
  'import.hint':
    'CSV из прежнего кабинета или Excel: UTF-8 или Windows-1251, разделитель «;» или «,», строка заголовков по-русски или по-английски, даты ДД.ММ.ГГГГ, суммы с запятой. Сначала проверка — ничего не записывается; затем импорт одной транзакцией. Повторный импорт того же файла ничего не меняет.',
  'import.kind': 'Что в файле',
  'import.kind.auto': 'Определить по заголовку',
  'import.kind.partners': 'Партнёры',
  'import.kind.clients': 'Клиенты, закрепления и оплаченные сроки',
  'import.kind.invoices': 'Счета прежнего кабинета',
  'import.file': 'Файл CSV',
  'import.tooLarge': 'Файл больше {mb} МБ: разделите его на части.',
  'import.summary': 'Проверка ({kind}): будет создано {created}, без изменений {unchanged}, конфликтов {conflict}, ошибок {error}',
  'import.appliedSummary': 'Импортировано ({kind}): создано {created}, без изменений {unchanged}, конфликтов {conflict}',
  'import.fixErrors': 'Исправьте строки с ошибками и загрузите файл снова: пока в файле есть ошибки, не импортируется ничего.',
  'import.outcome.created': 'будет создано',
  'import.outcome.unchanged': 'без изменений',
  'import.outcome.conflict': 'конфликт — не перезаписывается',
  'import.outcome.error': 'ошибка',
  'import.line': 'Строка {line} · {key}',
  'import.more': 'и ещё строк: {count}',
  'import.apply': 'Импортировать',
}

export type StaffMessageKey = keyof typeof staffRu
export type StaffMessages = Record<StaffMessageKey, string>

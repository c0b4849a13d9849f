/**
 * Words of the settings screen (settings-form.tsx, linked-words.ts): they load with that screen, in
 * the language in use only, and join its dictionary (`I18n.addWords`), so a card page never
 * downloads them. Keys are the contract of `settings-en.ts`.
 */
export const settingsRu = {
  'settings.title': 'Подключение к партнёрской программе',
  'settings.relayUrl': 'Адрес сервиса',
  'settings.relayUrlHint': 'Например, https://relay.example.ru',
  'settings.accountField': 'Поле карточки с номером аккаунта',
  'settings.accountFieldHint.amocrm': 'Название, код или ID дополнительного поля',
  'settings.accountFieldHint.bitrix24': 'Код поля, например UF_CRM_1687188367',
  'settings.linkCode': 'Код привязки',
  'settings.linkHint': 'Одноразовый код, который выдал вендор.',
  'settings.link': 'Привязать',
  'settings.linking': 'Привязываем…',
  'settings.checking': 'Проверяем привязку…',
  'settings.linkedPartner': 'Привязано к партнёру «{name}»',
  'settings.linkedVendor': 'Привязано как вендор: сотрудники видят всех партнёров и клиентов',
  'settings.notLinked': 'Эта CRM ещё не привязана',
  'settings.readOnly': 'Изменить настройки может только администратор.',
  'settings.savedByCrm': 'Адрес и поле сохранятся кнопкой «Сохранить» в этом окне; введённый код она тоже привяжет.',
  'settings.linkRefused': 'Код привязки не принят: {reason}. Откройте настройки виджета — код остался в поле.',
}

export type SettingsMessageKey = keyof typeof settingsRu
export type SettingsMessages = Record<SettingsMessageKey, string>

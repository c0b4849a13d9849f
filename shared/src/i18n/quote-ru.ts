/**
 * Words of the partner's quote form (quote-form.tsx, totals.tsx): it is a chunk of its own, and its
 * words load with it, in the language in use only, joining the screen's dictionary then
 * (`I18n.addWords`). Keys are the contract of `quote-en.ts`.
 */
export const quoteRu = {
  'quote.product': 'Продукт',
  'quote.pickProduct': 'Выберите продукт',
  'quote.quantity': 'Сублицензий',
  'quote.quantityOf': 'Количество, {unit}',
  'quote.months': 'Месяцев',
  'quote.monthsHint': 'от {min} до {max}',
  'quote.clientPrice': 'Цена для клиента',
  'quote.reward': 'Вознаграждение',
  'quote.vat': 'В т. ч. НДС',
  'quote.noVat': 'Без НДС',
  'quote.calculating': 'Считаем…',
  'quote.create': 'Выставить счёт',
  'quote.creating': 'Выставляем…',
  'quote.fillIn': 'Выберите продукт и количество — итоги посчитает сервис.',
  'quote.quantityAny': 'Количество',
  'quote.paidOn': 'Дата оплаты клиентом, если уже оплатил',
  'quote.badQuantity': 'Количество — целое число от 1 до {max}',
  'quote.badMonths': 'Месяцев — целое число от {min} до {max}',
  'quote.limit.quantity': '{product}: количество — не больше {limit}',
  'quote.limit.months': '{product}: срок — не больше {limit} мес.',
  'quote.confirmAsk': 'Всё равно выставить счёт?',
  'quote.confirm': 'Да, выставить',
}

export type QuoteMessageKey = keyof typeof quoteRu
export type QuoteMessages = Record<QuoteMessageKey, string>

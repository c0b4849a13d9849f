/** What a vendor brings from the cabinet it leaves (issue 10): its partners, its clients with their pins and paid terms, its invoices. */
export type ImportKind = 'partners' | 'clients' | 'invoices'

export const IMPORT_KINDS: readonly ImportKind[] = ['partners', 'clients', 'invoices']

type Column = { field: string; names: string[]; required: boolean }

const accountNumber = { field: 'accountNumber', names: ['account', 'account number', 'лицевой счет', 'номер лицевого счета', 'номер аккаунта', 'аккаунт'] }
const partnerInn = { field: 'partnerInn', names: ['partner inn', 'инн партнера'] }
const product = { field: 'product', names: ['product', 'sku', 'продукт', 'артикул'] }
const quantity = { field: 'quantity', names: ['quantity', 'qty', 'количество', 'кол во'] }

/**
 * The columns of each kind, by the names a Russian or an English export gives them, compared
 * without case, «ё», punctuation or extra spaces ("Кол-во" is "кол во", "E-mail" is "e mail").
 */
export const IMPORT_COLUMNS: Record<ImportKind, Column[]> = {
  partners: [
    { field: 'name', names: ['name', 'partner', 'наименование', 'название', 'партнер', 'наименование партнера'], required: true },
    { field: 'inn', names: ['inn', 'инн'], required: true },
    { field: 'kpp', names: ['kpp', 'кпп'], required: false },
    { field: 'email', names: ['email', 'e mail', 'почта', 'эл почта', 'электронная почта'], required: true },
    { field: 'address', names: ['address', 'адрес', 'юридический адрес'], required: false },
    { field: 'status', names: ['status', 'статус'], required: false },
    { field: 'discount', names: ['discount', 'скидка'], required: false },
  ],
  clients: [
    { ...accountNumber, required: true },
    { field: 'name', names: ['client', 'client name', 'name', 'клиент', 'наименование клиента', 'наименование'], required: true },
    { field: 'inn', names: ['client inn', 'inn', 'инн клиента', 'инн'], required: false },
    { ...partnerInn, required: true },
    { field: 'pinnedSince', names: ['pinned since', 'pinned on', 'закреплен с', 'дата закрепления'], required: true },
    { ...product, required: false },
    { ...quantity, required: false },
    { field: 'paidUntil', names: ['paid until', 'оплачено до', 'оплачен до'], required: false },
  ],
  invoices: [
    { field: 'number', names: ['number', 'invoice number', 'invoice', 'номер', 'номер счета', 'счет'], required: true },
    { field: 'date', names: ['date', 'invoice date', 'issued on', 'дата', 'дата счета'], required: true },
    { ...partnerInn, required: true },
    { ...accountNumber, required: false },
    { ...product, required: true },
    { ...quantity, required: true },
    { field: 'amount', names: ['amount', 'sum', 'total', 'сумма', 'сумма руб'], required: true },
    { field: 'paidOn', names: ['paid on', 'paid', 'client paid on', 'оплачен', 'дата оплаты'], required: false },
    { field: 'transferredOn', names: ['transferred on', 'transferred', 'перечислено', 'дата перечисления'], required: false },
  ],
}

/** A header cell as it is compared: lower case, «е» for «ё», words only. */
export const columnKey = (name: string): string =>
  name
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact'
import { afterEach, expect, test } from 'vitest'
import { createRelayClient } from '../../client/create-relay-client'
import type { TInvoice } from '../../contract'
import { createI18n } from '../../i18n/create-i18n'
import { en } from '../../i18n/en'
import { ru } from '../../i18n/ru'
import { buildHost } from '../../testing/fake-host'
import { buildInvoice } from '../../testing/fixtures'
import { RELAY_URL } from '../../testing/relay-server'
import { Ui } from '../context'
import { InvoiceItem } from './invoice-item'

afterEach(cleanup)

const show = (invoice: TInvoice, locale: 'ru' | 'en' = 'ru') =>
  render(
    <Ui.Provider value={{ i18n: createI18n(locale, locale === 'ru' ? ru : en), host: buildHost(), client: createRelayClient({ baseUrl: RELAY_URL }) }}>
      <ul>
        <InvoiceItem invoice={invoice} busy={null} failedAction={null} actionError={null} onPdf={() => undefined} />
      </ul>
    </Ui.Provider>,
  )

const paid = { clientPaidOn: '2026-04-28', transferDueOn: '2026-05-08', workingDaysLeft: 5 }

test.each([
  { label: 'an invoice the client has not paid waits for the client', invoice: {}, ru: 'Ждёт оплаты клиента', en: 'Awaiting client payment' },
  {
    label: 'a paid invoice names the day the transfer is due (AT-1.6)',
    invoice: paid,
    ru: 'Клиент оплатил — перевести до 08.05.2026',
    en: 'Client paid — transfer by 08/05/2026',
  },
  { label: 'a transfer past its deadline is overdue (AT-1.6)', invoice: { ...paid, isOverdue: true, workingDaysLeft: -2 }, ru: 'Просрочено', en: 'Overdue' },
  {
    label: 'a received transfer settles it',
    invoice: { ...paid, state: 'settled' as const, transferReceivedOn: '2026-05-05', onTime: true },
    ru: 'Переведено',
    en: 'Transferred',
  },
  { label: 'a void invoice says so', invoice: { state: 'void' as const, voidReason: 'Ошибка' }, ru: 'Аннулирован', en: 'Void' },
])('$label', ({ invoice, ru: inRussian, en: inEnglish }) => {
  show(buildInvoice(invoice))
  expect(document.querySelector('.pr-invoice__state')?.textContent).toBe(inRussian)
  cleanup()
  show(buildInvoice(invoice), 'en')
  expect(document.querySelector('.pr-invoice__state')?.textContent).toBe(inEnglish)
})

test('the badge no longer says «Выставлен» once the client paid', () => {
  show(buildInvoice(paid))
  expect(screen.queryByText('Выставлен')).toBeNull()
})

test('a line reads as the product, then how many for how long; the number does not wrap', () => {
  const invoice = buildInvoice()
  show({ ...invoice, lines: [{ ...invoice.lines[0], name: 'Сублицензия «ATRealt для amoCRM», 1 месяц', quantity: 3, months: 12 }] })
  expect(document.querySelector('.pr-invoice__lines li')?.textContent).toBe('Сублицензия «ATRealt для amoCRM», 1 месяц — 3 сублицензии на 12 месяцев')
  expect(screen.getByText('3 сублицензии на 12 месяцев').classList.contains('pr-nowrap')).toBe(true)
  expect(screen.getByText('Счёт № 2026-000123').classList.contains('pr-invoice__number')).toBe(true)
})

test('in English a line reads by the English name the program file gives it, in Russian as the invoice document prints it', () => {
  const [line] = buildInvoice().lines
  show(buildInvoice({ lines: [{ ...line!, name: 'Сублицензия «ATRealt для amoCRM», 1 месяц', nameEn: 'Sublicence «ATRealt for amoCRM», 1 month' }] }), 'en')
  screen.getByText(/^Sublicence «ATRealt for amoCRM», 1 month —/)
  cleanup()
  show(buildInvoice({ lines: [{ ...line!, name: 'Сублицензия «ATRealt для amoCRM», 1 месяц', nameEn: 'Sublicence «ATRealt for amoCRM», 1 month' }] }), 'ru')
  screen.getByText(/^Сублицензия «ATRealt для amoCRM», 1 месяц —/)
})

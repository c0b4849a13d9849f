// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact'
import { afterEach, expect, test } from 'vitest'
import { createRelayClient } from '../../client/create-relay-client'
import type { TSublicense } from '../../contract'
import { createI18n } from '../../i18n/create-i18n'
import { en } from '../../i18n/en'
import { ru } from '../../i18n/ru'
import { buildHost } from '../../testing/fake-host'
import { RELAY_URL } from '../../testing/relay-server'
import { Ui } from '../context'
import { SublicenseList } from './sublicense-list'

afterEach(cleanup)

const paid: TSublicense = {
  invoiceId: 'inv-1',
  invoiceNumber: '2026-000001',
  sku: 'atrealt-amocrm',
  name: 'Сублицензия «ATRealt для amoCRM», 1 месяц',
  nameEn: 'Sublicence «ATRealt for amoCRM», 1 month',
  quantity: 3,
  months: 12,
  paidFrom: '2026-04-28',
  paidThrough: '2027-04-27',
  transferOnTime: true,
}

const show = (locale: 'ru' | 'en') =>
  render(
    <Ui.Provider
      value={{ i18n: locale === 'ru' ? createI18n('ru', ru) : createI18n('en', en), host: buildHost(), client: createRelayClient({ baseUrl: RELAY_URL }) }}
    >
      <SublicenseList sublicenses={[paid]} />
    </Ui.Provider>,
  ).container.textContent ?? ''

test("in English a paid sublicense is named by the program file's English name, with no Russian word (AT-4.2)", () => {
  const text = show('en')
  expect(text).toContain('Sublicence «ATRealt for amoCRM», 1 month')
  expect(text).not.toMatch(/[А-Яа-яЁё]/)
})

test('in Russian it keeps the name the invoice prints (AT-4.2)', () => {
  expect(show('ru')).toContain('Сублицензия «ATRealt для amoCRM», 1 месяц')
})

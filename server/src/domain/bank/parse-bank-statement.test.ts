import { describe, expect, test } from 'vitest'
import { encodeWindows1251 as windows1251 } from '../../../../shared/src/testing/windows-1251'
import { parseBankStatement } from './parse-bank-statement'

const statement = (documents: string[], { header = '1CClientBankExchange' } = {}) =>
  [
    header,
    'ВерсияФормата=1.03',
    'Кодировка=Windows',
    'ДатаНачала=01.12.2026',
    'СекцияРасчСчет',
    'РасчСчет=40702810900000000001',
    'КонецРасчСчет',
    ...documents,
    'КонецФайла',
  ].join('\r\n')

const payment = (fields: Record<string, string>) =>
  [
    'СекцияДокумент=Платежное поручение',
    ...Object.entries({ Номер: '15', Дата: '03.12.2026', Сумма: '17820.00', ...fields }).map(([key, value]) => `${key}=${value}`),
    'КонецДокумента',
  ].join('\r\n')

describe('reading a 1CClientBankExchange statement (AT-1.6)', () => {
  test('a Windows-1251 file without a BOM gives its payments with exact kopecks and the receipt date', () => {
    const text = statement([
      payment({
        ПлательщикИНН: '7707083893',
        Плательщик1: 'ООО «Альфа»',
        ПолучательИНН: '7710140679',
        НазначениеПлатежа: 'Оплата по счёту № 2026-000002',
        ДатаПоступило: '04.12.2026',
      }),
      payment({ Номер: '16', Сумма: '0.01' }),
    ])
    const { payments, problems } = parseBankStatement(windows1251(text))
    expect(problems).toEqual([])
    expect(payments[0]).toMatchObject({
      number: '15',
      date: '2026-12-03',
      receivedOn: '2026-12-04',
      amountKop: 1_782_000n,
      payerInn: '7707083893',
      payerName: 'ООО «Альфа»',
    })
    expect(payments[0].purpose).toBe('Оплата по счёту № 2026-000002')
    // Without ДатаПоступило the order's own date is the day the money came.
    expect(payments[1]).toMatchObject({ amountKop: 1n, receivedOn: '2026-12-03' })
  })

  test('UTF-8 with a BOM reads the same', () => {
    const text = statement([payment({ НазначениеПлатежа: 'Счёт 2026-000002' })])
    const bytes = new TextEncoder().encode(`\uFEFF${text}`)
    expect(parseBankStatement(bytes).payments[0].purpose).toBe('Счёт 2026-000002')
  })

  test.each<{ label: string; fields: Record<string, string>; message: RegExp }>([
    { label: 'a date that does not exist', fields: { Дата: '30.02.2026' }, message: /Дата «30.02.2026»/ },
    { label: 'an amount with three decimals', fields: { Сумма: '17820.005' }, message: /Сумма/ },
    { label: 'a negative amount', fields: { Сумма: '-5.00' }, message: /Сумма/ },
    { label: 'a zero amount', fields: { Сумма: '0.00' }, message: /Сумма/ },
    { label: 'a receipt date in the wrong form', fields: { ДатаПоступило: '2026-12-04' }, message: /ДатаПоступило/ },
  ])('$label is a problem naming its line, not a guess', ({ fields, message }) => {
    const { payments, problems } = parseBankStatement(new TextEncoder().encode(statement([payment(fields)])))
    expect(payments).toEqual([])
    expect(problems).toEqual([{ line: 8, message: expect.stringMatching(message) }])
  })

  test('a file cut short says so; a file that is no statement, or holds a NUL byte, is refused', () => {
    const cut = statement([payment({})])
      .split('\r\n')
      .slice(0, 10)
      .join('\r\n')
    expect(parseBankStatement(new TextEncoder().encode(cut)).problems).toEqual([{ line: 8, message: expect.stringMatching(/КонецДокумента/) }])
    expect(() => parseBankStatement(new TextEncoder().encode('Номер;Дата;Сумма\n1;03.12.2026;100'))).toThrow(/first line must be 1CClientBankExchange/)
    expect(() => parseBankStatement(new TextEncoder().encode(statement([payment({ Номер: '1\0' })])))).toThrow(/NUL/)
  })
})

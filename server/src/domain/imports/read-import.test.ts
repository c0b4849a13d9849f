import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { DomainError } from '../domain-error'
import { importDate, importKindOf, importKopecks, readImport } from './read-import'

const program = loadProgram('atrealt')
const context = { program, today: '2026-12-07' }
const rows = (...lines: string[][]) => lines.map((cells, index) => ({ line: index + 1, cells }))
const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return error.message
    throw error
  }
  throw new Error('not refused')
}

describe('reading an import file (issue 10)', () => {
  test('dates as ДД.ММ.ГГГГ or ISO; 31.02.2026 does not exist', () => {
    expect(importDate('07.12.2026')).toBe('2026-12-07')
    expect(importDate('2026-12-07')).toBe('2026-12-07')
    expect(importDate('31.02.2026')).toBeNull()
    expect(importDate('7.12.26')).toBeNull()
  })

  test('money with a comma and spaces between thousands, exactly in kopecks', () => {
    expect(importKopecks('17 820,50')).toBe(1_782_050n)
    expect(importKopecks('17\u00a0820,5')).toBe(1_782_050n)
    expect(importKopecks('17820.00')).toBe(1_782_000n)
    expect(importKopecks('-5')).toBeNull()
    expect(importKopecks('12,345')).toBeNull()
  })

  test('the kind comes from a Russian or an English header', () => {
    expect(importKindOf(['ИНН', 'Наименование', 'E-mail', 'КПП']).kind).toBe('partners')
    expect(importKindOf(['Account number', 'Client', 'Partner INN', 'Pinned since', 'Product', 'Qty', 'Paid until']).kind).toBe('clients')
    expect(importKindOf(['Номер счёта', 'Дата', 'ИНН партнёра', 'Лицевой счёт', 'Продукт', 'Кол-во', 'Сумма', 'Оплачен', 'Перечислено']).kind).toBe('invoices')
  })

  test('an unknown column, a missing column and a missing header are refused by name', () => {
    expect(refusal(() => importKindOf(['ИНН', 'Наименование', 'E-mail', 'Телефон']))).toMatch(/unknown column "Телефон"/)
    expect(refusal(() => importKindOf(['ИНН', 'Наименование']))).toMatch(/missing column "email"/)
    expect(refusal(() => importKindOf(['7707083893', 'ООО Альфа', 'a@b.ru']))).toMatch(/no header row/)
  })

  test('each bad field is named with its reason in Russian and English; good lines are read', () => {
    const file = readImport(
      rows(
        ['ИНН партнёра', 'Лицевой счёт', 'Клиент', 'Закреплён с', 'Продукт', 'Количество', 'Оплачено до'],
        ['7707083893', '50000001', 'ООО «Клиент»', '01.03.2025', 'atrealt-amocrm', '5', '28.02.2027'],
        ['7707083894', '5000', '', '31.02.2026', 'nothing', '0', '01.01.2027'],
      ),
      context,
    )
    expect(file.kind).toBe('clients')
    expect(file.lines[0]).toMatchObject({
      line: 2,
      problems: [],
      value: {
        accountNumber: '50000001',
        partnerInn: '7707083893',
        pinnedSince: '2025-03-01',
        term: { sku: 'atrealt-amocrm', quantity: 5, paidUntil: '2027-02-28' },
      },
    })
    expect(file.lines[1].value).toBeNull()
    expect(file.lines[1].problems.map((problem) => problem.field)).toEqual(['accountNumber', 'name', 'partnerInn', 'pinnedSince', 'product', 'quantity'])
    expect(file.lines[1].problems[2]).toEqual({
      field: 'partnerInn',
      ru: 'ИНН 7707083894 не проходит проверку контрольных цифр',
      en: 'INN 7707083894 fails its check digits',
    })
    expect(file.lines[1].problems[3].ru).toContain('31.02.2026')
  })

  test('a line repeated within the file, and a client pinned to two partners, are errors of the later line', () => {
    const file = readImport(
      rows(
        ['Partner INN', 'Account number', 'Client', 'Pinned since'],
        ['7707083893', '50000001', 'A', '2025-03-01'],
        ['7707083893', '50000001', 'A', '2025-03-01'],
      ),
      context,
    )
    expect(file.lines[1].problems).toEqual([{ field: 'line', ru: 'повторяет строку 2', en: 'repeats line 2' }])
  })

  test('a historic invoice number of the live series form would collide with it (X-3) and is refused', () => {
    const file = readImport(
      rows(
        ['Номер счёта', 'Дата', 'ИНН партнёра', 'Продукт', 'Количество', 'Сумма'],
        ['2026-000001', '01.02.2026', '7707083893', 'atrealt-amocrm', '1', '990,00'],
        ['СТ-17', '01.02.2026', '7707083893', 'atrealt-amocrm', '1', '17 820,50'],
      ),
      context,
    )
    expect(file.lines[0].problems[0]).toMatchObject({ field: 'number' })
    expect(file.lines[1].value).toMatchObject({ number: 'СТ-17', amountKop: 1_782_050n, issuedOn: '2026-02-01', paidOn: null })
  })
})

import { expect, test } from 'vitest'
import { findAccountNumber, findFieldId } from './find-account-number'

const fields = [
  { field_id: 501, field_code: null, field_name: 'Телефон', values: [{ value: '+7 900 000-00-00' }] },
  { field_id: 777, field_code: 'ACCOUNT_NO', field_name: 'Номер аккаунта', values: [{ value: ' A-1001 ' }] },
  { field_id: 778, field_code: null, field_name: 'Пустое', values: [{ value: '' }] },
]

test.each([
  { label: 'by the field name, ignoring case and spaces', setting: ' номер АККАУНТА ', expected: 'A-1001' },
  { label: 'by the field code', setting: 'account_no', expected: 'A-1001' },
  { label: 'by the field id', setting: '777', expected: 'A-1001' },
  { label: 'an empty field has no number', setting: 'Пустое', expected: null },
  { label: 'an unknown field has no number', setting: 'ИНН', expected: null },
  { label: 'no setting reads nothing', setting: '', expected: null },
])('finds the account number $label', ({ setting, expected }) => {
  expect(findAccountNumber(fields, setting)).toBe(expected)
})

test('a card without custom fields has no number', () => {
  expect(findAccountNumber(null, 'Номер аккаунта')).toBeNull()
})

const DEFINITIONS = [
  { id: 1587201, name: 'Номер аккаунта', code: null },
  { id: 1587203, name: 'ИНН', code: 'INN' },
]

test.each([
  { label: 'by name, ignoring case and spaces', setting: ' номер АККАУНТА ', id: 1587201 },
  { label: 'by code', setting: 'inn', id: 1587203 },
  { label: 'by id', setting: '1587201', id: 1587201 },
  { label: 'none for a field the entity does not have', setting: 'Телефон', id: null },
  { label: 'none without a setting', setting: '', id: null },
])('findFieldId finds the field to write the number to $label', ({ setting, id }) => {
  expect(findFieldId(DEFINITIONS, setting)).toBe(id)
})

import { expect, test } from 'vitest'
import { readItemField, toCamelUfName, toOriginalUfName } from './uf-name'

test.each([
  { label: 'a plain user field', name: 'ufCrm_1687188367', expected: 'UF_CRM_1687188367' },
  { label: 'a smart-process user field keeps its entity number', name: 'ufCrm3_1747309727', expected: 'UF_CRM_3_1747309727' },
  { label: 'an original name stays as it is', name: 'UF_CRM_1687188367', expected: 'UF_CRM_1687188367' },
  { label: 'a standard field stays as it is', name: 'originId', expected: 'originId' },
])('$label', ({ name, expected }) => {
  expect(toOriginalUfName(name)).toBe(expected)
})

const item = { id: 8061, title: 'ООО «Вектор»', UF_CRM_1687188367: ' A-1001 ', UF_CRM_5: ['', 'B-2'], UF_CRM_6: null }

test.each([
  { label: 'by its original name', field: 'UF_CRM_1687188367', expected: 'A-1001' },
  { label: 'by its camelCased name', field: 'ufCrm_1687188367', expected: 'A-1001' },
  { label: 'the first filled value of a multiple field', field: 'UF_CRM_5', expected: 'B-2' },
  { label: 'nothing from an empty field', field: 'UF_CRM_6', expected: null },
  { label: 'nothing from a missing field', field: 'UF_CRM_404', expected: null },
  { label: 'nothing when no field is chosen', field: '', expected: null },
])('reads the account number $label', ({ field, expected }) => {
  expect(readItemField(item, field)).toBe(expected)
})

test.each([
  { label: 'an original name', name: 'UF_CRM_1687188367', expected: 'ufCrm_1687188367' },
  { label: 'a smart-process original name', name: 'UF_CRM_3_1747309727', expected: 'ufCrm3_1747309727' },
  { label: 'a camelCased name stays as it is', name: 'ufCrm_1687188367', expected: 'ufCrm_1687188367' },
])('crm.item.update gets the camelCased name from $label', ({ name, expected }) => {
  expect(toCamelUfName(name)).toBe(expected)
})

import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { findProduct } from './find-product'

const atrealt = loadProgram('atrealt')

describe('findProduct', () => {
  test.each([{ sku: 'atrealt-amocrm' }, { sku: 'atrealt-bitrix24' }, { sku: 'atrealt-crm' }])('finds the in-scope product $sku (AT-0)', ({ sku }) => {
    expect(findProduct(atrealt, sku).sku).toBe(sku)
  })

  test('refuses a product outside the program: its terms are agreed individually (AT-0)', () => {
    expect(() => findProduct(atrealt, 'atrealt-telephony')).toThrow(
      expect.objectContaining({
        code: 'unknown_product',
        rule: 'AT-0',
        message: expect.stringContaining('agreed individually with the vendor'),
      }),
    )
  })
})

import { DomainError } from '../domain-error'
import type { Product, Program } from './program-schema'

/**
 * The program's product with this SKU (AT-0). Only listed products are priced automatically;
 * anything else has terms agreed individually with the vendor.
 * @throws DomainError unknown_product (AT-0) for a SKU the program does not list.
 */
export const findProduct = (program: Program, sku: string): Product => {
  const product = program.products.find((candidate) => candidate.sku === sku)
  if (!product) {
    throw new DomainError(
      'unknown_product',
      `Product "${sku}" is not in the ${program.name} program: terms for other products are agreed individually with the vendor (${program.vendor.email})`,
      { rule: 'AT-0', details: { sku } },
    )
  }
  return product
}

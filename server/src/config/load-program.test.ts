import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { loadProgram } from './load-program'

const shipped = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../programs/${name}.json`, import.meta.url)), 'utf8'))

const dir = mkdtempSync(join(tmpdir(), 'programs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes a copy of a shipped program, changed by `edit`, as my.json. */
const brokenFile = (name: string, edit: (program: any) => void) => {
  const program = shipped(name)
  edit(program)
  const file = join(dir, 'my.json')
  writeFileSync(file, JSON.stringify(program))
  return file
}

describe('loadProgram', () => {
  test.each([
    { name: 'atrealt', products: 3 },
    { name: 'agat-rt', products: 8 },
  ])('loads the shipped $name program', ({ name, products }) => {
    const program = loadProgram(name)
    expect(program.id).toBe(name)
    expect(program.products).toHaveLength(products)
  })

  test('a file without limits or guards gets the documented defaults (AT-5.3, AT-5.1, X-6)', () => {
    const program = loadProgram(
      brokenFile('atrealt', (p) => {
        delete p.guards
        for (const product of p.products) {
          delete product.maxQuantity
          delete product.maxMonths
        }
      }),
    )
    expect(program.guards).toEqual({ confirmTotalAboveKop: 100_000_000n, duplicateWindowMinutes: 10 })
    expect(program.products[0]).toMatchObject({ maxQuantity: 1000 })
    expect(program.products[0].maxMonths).toBeUndefined()
  })

  test('loads a program by path and turns money into bigint', () => {
    const program = loadProgram(brokenFile('atrealt', () => {}))
    const product = program.products[0]
    expect(product.pricing === 'monthly' && product.monthlyPriceKop).toBe(99_000n)
  })

  test.each([
    {
      label: 'a price that is not whole kopecks',
      name: 'atrealt',
      edit: (p: any) => (p.products[2].monthlyPriceKop = 1.5),
      message: 'my.json: products.2.monthlyPriceKop: Expected integer',
    },
    {
      label: 'a one-time product without its price',
      name: 'agat-rt',
      edit: (p: any) => delete p.products[4].priceKop,
      message: 'my.json: products.4.priceKop:',
    },
    {
      label: 'a monthly product with a one-time price',
      name: 'atrealt',
      edit: (p: any) => (p.products[0].priceKop = 100),
      message: 'my.json: products.0.priceKop: A monthly product is priced by monthlyPriceKop',
    },
    {
      label: 'a product in an unknown category',
      name: 'atrealt',
      edit: (p: any) => (p.products[0].category = 'app-erp'),
      message: 'my.json: products.0.category: Unknown category "app-erp"',
    },
    {
      label: 'a duplicate SKU',
      name: 'atrealt',
      edit: (p: any) => (p.products[1].sku = 'atrealt-amocrm'),
      message: 'my.json: products.1.sku: Duplicate sku "atrealt-amocrm"',
    },
    {
      label: 'a vendor INN with a wrong check digit',
      name: 'atrealt',
      edit: (p: any) => (p.vendor.inn = '7714551230'),
      message: 'my.json: vendor.inn: Invalid INN',
    },
    {
      label: 'a discount row for an unknown status',
      name: 'agat-rt',
      edit: (p: any) => (p.discounts.platinum = {}),
      message: 'my.json: discounts.platinum: Unknown status "platinum"',
    },
    {
      label: 'a discount for an unknown category',
      name: 'agat-rt',
      edit: (p: any) => (p.discounts.gold.pbx = 1000),
      message: 'my.json: discounts.gold.pbx: Unknown category "pbx"',
    },
    {
      label: 'a matrix cell left out without a base discount',
      name: 'agat-rt',
      edit: (p: any) => delete p.discounts.gold.olkha,
      message: 'my.json: discounts.gold.olkha: Missing',
    },
    {
      label: 'a discount above 100%',
      name: 'agat-rt',
      edit: (p: any) => (p.discounts.silver.sprut = 10_001),
      message: 'my.json: discounts.silver.sprut: Too big',
    },
    {
      label: 'a discount written as text',
      name: 'agat-rt',
      edit: (p: any) => (p.discounts.silver.sprut = '25%'),
      message: 'my.json: discounts.silver.sprut: Expected basis points',
    },
    {
      label: 'a downgrade that goes up',
      name: 'agat-rt',
      edit: (p: any) => (p.downgrade.authorized = 'silver'),
      message: 'my.json: downgrade.authorized: "silver" is not below "authorized"',
    },
    {
      label: 'an unknown default status',
      name: 'atrealt',
      edit: (p: any) => (p.defaultStatus = 'gold'),
      message: 'my.json: defaultStatus: Unknown status "gold"',
    },
    {
      label: 'privileges for an unknown status',
      name: 'agat-rt',
      edit: (p: any) => (p.privileges.platinum = p.privileges.gold),
      message: 'my.json: privileges.platinum: Unknown status',
    },
    { label: 'a misspelt key', name: 'atrealt', edit: (p: any) => (p.transfer.workingDay = 3), message: 'my.json: transfer: Unrecognized key' },
    { label: 'an unknown time zone', name: 'atrealt', edit: (p: any) => (p.timeZone = 'Europe/Mordor'), message: 'my.json: timeZone: Unknown time zone' },
    {
      label: 'a review status the program does not define (AG-3.3b)',
      name: 'agat-rt',
      edit: (p: any) => (p.statusReview.statuses = ['platinum']),
      message: 'my.json: statusReview.statuses.0: Unknown status "platinum"',
    },
    {
      label: 'an applied-for status without requirements (AG-3.3a)',
      name: 'agat-rt',
      edit: (p: any) => delete p.requirements.silver,
      message: 'my.json: statusApplication.statuses.0: Status "silver" has no requirements',
    },
    {
      label: 'an authorization status the program does not define (AG-3.1)',
      name: 'agat-rt',
      edit: (p: any) => (p.authorization.status = 'official'),
      message: 'my.json: authorization.status: Unknown status "official"',
    },
    {
      label: 'reviews without the authorization rule (AG-3.3b)',
      name: 'agat-rt',
      edit: (p: any) => delete p.authorization,
      message: 'my.json: authorization: Status reviews and applications need the authorization rule',
    },
    {
      label: 'a minimum term above the maximum (AT-5.3)',
      name: 'atrealt',
      edit: (p: any) => (p.months.min = 40),
      message: 'my.json: months.max: Must not be below months.min',
    },
    {
      label: "a product's term limit above the program's months (AT-5.3)",
      name: 'atrealt',
      edit: (p: any) => (p.products[1].maxMonths = 48),
      message: 'my.json: products.1.maxMonths: Must be within months: 1 to 36',
    },
    {
      label: 'a term limit on a product sold once (AT-5.3)',
      name: 'agat-rt',
      edit: (p: any) => (p.products[0].maxMonths = 12),
      message: 'my.json: products.0.maxMonths: A one-time product has no term',
    },
    {
      label: 'a quantity limit of zero (AT-5.3)',
      name: 'atrealt',
      edit: (p: any) => (p.products[0].maxQuantity = 0),
      message: 'my.json: products.0.maxQuantity:',
    },
    {
      label: 'a negative duplicate window (X-6)',
      name: 'atrealt',
      edit: (p: any) => (p.guards.duplicateWindowMinutes = -1),
      message: 'my.json: guards.duplicateWindowMinutes:',
    },
  ])('refuses $label, naming the file and field', ({ name, edit, message }) => {
    expect(() => loadProgram(brokenFile(name, edit))).toThrow(message)
  })

  test('refuses a file that is not JSON', () => {
    const file = join(dir, 'bad.json')
    writeFileSync(file, '{ "id": ')
    expect(() => loadProgram(file)).toThrow('bad.json: ')
  })

  test.each([{ name: 'acme' }, { name: '../package' }])('refuses an unknown program name "$name"', ({ name }) => {
    expect(() => loadProgram(name)).toThrow(`Unknown program "${name}"`)
  })
})

import { describe, expect, test } from 'vitest'
import { DomainError } from '../domain-error'
import { assertCountryCodes, assertTerritory } from './check-countries'

const fieldsOf = (run: () => void) => {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError)
      return { code: error.code, rule: error.rule, fields: (error.details as { fields: { path: string; reason: string }[] }).fields }
    throw error
  }
  return null
}

describe('country codes (AG-1.3)', () => {
  test.each([
    { label: 'real countries pass', codes: ['RU', 'KZ', 'BY'], fields: null },
    { label: 'XX is no country', codes: ['RU', 'XX'], fields: [{ path: 'countries.1', reason: 'country_unknown' }] },
    { label: 'a retired code (SU) is no country', codes: ['SU'], fields: [{ path: 'countries.0', reason: 'country_unknown' }] },
    { label: 'EU is a union, not a country', codes: ['EU'], fields: [{ path: 'countries.0', reason: 'country_unknown' }] },
    { label: 'a country listed twice', codes: ['KZ', 'KZ'], fields: [{ path: 'countries.1', reason: 'country_twice' }] },
  ])('$label', ({ codes, fields }) => {
    const refused = fieldsOf(() => assertCountryCodes(codes, 'countries'))
    if (fields === null) expect(refused).toBeNull()
    else expect(refused).toMatchObject({ code: 'invalid_request', rule: 'AG-1.3', fields })
  })

  test('a country of residence cannot also be added by the agreement', () => {
    expect(fieldsOf(() => assertTerritory({ countries: ['RU'], extraCountries: ['KZ', 'RU'] }))).toMatchObject({
      fields: [{ path: 'extraCountries.1', reason: 'country_resident' }],
    })
  })

  test('every bad field is named at once', () => {
    expect(fieldsOf(() => assertTerritory({ countries: ['ZZ'], extraCountries: ['QQ'] }))?.fields.map((field) => field.path)).toEqual([
      'countries.0',
      'extraCountries.0',
    ])
  })
})

import { DomainError } from '../domain-error'
import { isCountryCode } from './country-codes'

type Field = { path: string; message: string; reason: string }

const refuse = (fields: Field[]) => {
  if (fields.length === 0) return
  throw new DomainError('invalid_request', fields.map((field) => `${field.path}: ${field.message}`).join('; '), { rule: 'AG-1.3', details: { fields } })
}

const problemsOf = (codes: readonly string[], path: string): Field[] => {
  const seen = new Set<string>()
  return codes.flatMap((code, index) => {
    const at = `${path}.${index}`
    if (!isCountryCode(code)) return [{ path: at, message: `"${code}" is not an ISO 3166-1 alpha-2 country code`, reason: 'country_unknown' }]
    if (seen.has(code)) return [{ path: at, message: `${code} is listed twice`, reason: 'country_twice' }]
    seen.add(code)
    return []
  })
}

/**
 * A client's country names a country of ISO 3166-1 (AG-1.3): a client in `XX` would be outside
 * every territory, or in one by accident.
 * @throws invalid_request naming the field.
 */
export const assertCountry = (code: string, path: string): void =>
  refuse(isCountryCode(code) ? [] : [{ path, message: `"${code}" is not an ISO 3166-1 alpha-2 country code`, reason: 'country_unknown' }])

/**
 * Every code names a country of ISO 3166-1 (AG-1.3): `XX` or a retired code is refused with the
 * field it sits in, so a mistyped country never silently narrows or widens a territory.
 * @throws invalid_request naming each bad code's field.
 */
export const assertCountryCodes = (codes: readonly string[], path: string): void => refuse(problemsOf(codes, path))

/**
 * A partner's territory as staff set it (AG-1.3): the countries it is resident in and those its
 * agreement adds, each a real country, listed once, and no country in both lists.
 * @throws invalid_request naming each bad field.
 */
export const assertTerritory = ({ countries, extraCountries }: { countries: readonly string[]; extraCountries: readonly string[] }): void => {
  const resident = new Set(countries)
  refuse([
    ...problemsOf(countries, 'countries'),
    ...problemsOf(extraCountries, 'extraCountries'),
    ...extraCountries.flatMap((code, index) =>
      resident.has(code) ? [{ path: `extraCountries.${index}`, message: `${code} is a country of residence already`, reason: 'country_resident' }] : [],
    ),
  ])
}

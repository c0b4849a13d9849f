import { DomainError } from '../domain-error'

export type TerritoryInput = {
  /** The program enforces territory (AG-1.3); ATRealt's Rules have no territory. */
  enforce: boolean
  partner: { countries: readonly string[]; extraCountries: readonly string[] }
  country: string
}

/**
 * A partner sells only in the countries it is resident in, unless its agreement says otherwise
 * (AG-1.3): the client's country must be one of its residence or one its agreement adds. One
 * check for pins, deal registrations, leads, quotes and invoices.
 * @throws outside_territory (AG-1.3) with the client's country and the partner's lists.
 */
export const assertInTerritory = ({ enforce, partner, country }: TerritoryInput): void => {
  if (!enforce || partner.countries.includes(country) || partner.extraCountries.includes(country)) return
  throw new DomainError('outside_territory', `The client is in ${country}, outside the partner's countries of residence and those its agreement adds`, {
    rule: 'AG-1.3',
    details: { country, partnerCountries: partner.countries, extraCountries: partner.extraCountries },
  })
}

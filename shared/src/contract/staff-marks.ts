import { z } from 'zod/mini'
import { ZCountry, ZText } from './common'

/**
 * Vendor staff set where a partner may sell (AG-1.3): the countries it is resident in and those its
 * agreement adds, with the reason (the agreement's clause) for the audit trail. The relay
 * refuses a code that names no country of ISO 3166-1.
 */
export const ZPartnerCountriesRequest = z.strictObject({
  countries: z.array(ZCountry).check(z.minLength(1), z.maxLength(50)),
  extraCountries: z.array(ZCountry).check(z.maxLength(50)),
  reason: ZText(2000),
})
export type TPartnerCountriesRequest = z.input<typeof ZPartnerCountriesRequest>

/** Vendor staff set or clear a client's demo-account mark (AT-3.2), always with the reason. */
export const ZClientDemoRequest = z.strictObject({ demo: z.boolean(), reason: ZText(2000) })
export type TClientDemoRequest = z.input<typeof ZClientDemoRequest>

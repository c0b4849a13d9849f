import { type AuthorizationRule, firstQualifyingPurchase, type PurchaseFacts } from './first-qualifying-purchase'

type Candidate = { authorizedOn: string | null; agreementSignedOn: string | null; state: string }

/** A partner that could still be authorized (AG-3.1): not yet authorized, agreement signed, not expelled. */
export const awaitsAuthorization = (partner: Candidate): partner is Candidate & { agreementSignedOn: string } =>
  !partner.authorizedOn && partner.agreementSignedOn !== null && partner.state !== 'expelled'

/**
 * AG-3.1: a partner with a signed agreement is authorized by its first qualifying purchase, from
 * the later of the signing date and the day that purchase's transfer was received. Null while
 * either is missing. The purchase counts net of the credit notes dated by that day.
 */
export const authorizationOf = ({ partner, invoices, rule }: { partner: Candidate; invoices: PurchaseFacts[]; rule: AuthorizationRule }) => {
  if (!awaitsAuthorization(partner)) return null
  const purchase = firstQualifyingPurchase({ invoices, rule, signedOn: partner.agreementSignedOn })
  if (!purchase) return null
  const authorizedOn = [partner.agreementSignedOn, purchase.transferReceivedOn].sort()[1]!
  return { purchase, authorizedOn }
}

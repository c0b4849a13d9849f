import { errors } from 'jose'
import { AppError } from '../../../../shared/src/contract'

const claimMessage = (claim: string): string => {
  if (claim === 'aud') return 'The amoCRM token was issued for another integration (aud is not the origin of AMOCRM_REDIRECT_URI)'
  if (claim === 'nbf' || claim === 'iat') return 'The amoCRM token is not valid yet: check the server clock'
  return `The amoCRM token failed its "${claim}" claim check`
}

const messageOf = (error: unknown): string => {
  if (error instanceof errors.JWTExpired) return 'The amoCRM token has expired: reload the page to get a new one'
  if (error instanceof errors.JWTClaimValidationFailed) return claimMessage(error.claim)
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return "The amoCRM token signature does not match this integration's client secret"
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The amoCRM token must be signed with HS256'
  return 'The amoCRM token is malformed'
}

/** Any failure to verify a token is the caller's problem (401), never a server error. */
export const amocrmTokenError = (error: unknown): AppError => new AppError('unauthenticated', messageOf(error))

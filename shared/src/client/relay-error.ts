/** Failures the UI knows besides the relay's own codes: no answer at all, or an answer off the contract. */
export type LocalErrorCode = 'network' | 'invalid_response' | 'not_configured'

/**
 * Every failure of a relay call, reduced to what the UI needs: a code it can translate, the rule the
 * relay named, and the relay's own English message for the logs. Never an HTTP status to show.
 */
export class RelayError extends Error {
  readonly code: string
  readonly rule?: string
  readonly details?: unknown

  constructor(code: string, message: string, extra: { rule?: string; details?: unknown } = {}) {
    super(message)
    this.name = 'RelayError'
    this.code = code
    this.rule = extra.rule
    this.details = extra.details
  }
}

export const isRelayError = (value: unknown): value is RelayError => value instanceof RelayError

/**
 * The relay turns away a CRM account that was never linked with 403 `forbidden`. A 401
 * `unauthenticated` is another matter: the CRM's identity could not be verified (an expired or
 * revoked token, or the CRM not configured on the relay), which a link code cannot fix.
 */
export const isNotLinked = (error: Pick<RelayError, 'code'> | null | undefined): boolean => error?.code === 'forbidden'

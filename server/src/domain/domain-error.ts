/**
 * The refusals a rule can answer with. Each is one of the contract's error codes: the HTTP layer
 * maps the code to its status through the contract's one table, and the compiler holds this list
 * to that table there (`http/error-middleware.ts`).
 */
export type DomainErrorCode =
  | 'invalid_request'
  | 'invalid_state'
  | 'not_entitled'
  | 'partner_expelled'
  /** A repeat violation awaits staff's confirmation of the expulsion: no new business meanwhile (AT-4.1, AG-1.5). */
  | 'partner_expulsion_pending'
  | 'demo_account'
  | 'not_pinned'
  | 'pin_conflict'
  | 'outside_territory'
  /** A violation under a rule the program does not mark as violable (AT-4.1, AG-1.5). */
  | 'rule_not_violable'
  | 'unknown_product'
  | 'product_not_available'
  | 'project_discount_missing'
  /** A quantity or term beyond the product's limit in the program file (AT-5.3). */
  | 'limit_exceeded'
  | 'not_found'
  | 'code_used'
  | 'code_expired'
  /** A figure the domain cannot produce (an amount out of range): a bug, not the caller's fault. */
  | 'internal'

type DomainErrorOptions = {
  /** The rule that refuses (`AT-1.2a`, `AG-4`); absent for a malformed value. */
  rule?: string
  /** Machine-readable facts for the caller, such as `{ reason: 'pinned-to-other' }`. */
  details?: unknown
}

/** A rule's refusal: the domain throws it, `http/` turns it into the wire error with its status. */
export class DomainError extends Error {
  readonly code: DomainErrorCode
  readonly rule?: string
  readonly details?: unknown

  constructor(code: DomainErrorCode, message: string, { rule, details }: DomainErrorOptions = {}) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.rule = rule
    this.details = details
  }
}

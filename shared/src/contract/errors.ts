import { z } from 'zod/mini'

/**
 * The one table from error code to HTTP status. The relay picks statuses only from here;
 * the UI maps codes (never statuses) to messages.
 */
export const ERROR_STATUS = {
  invalid_request: 400,
  unauthenticated: 401,
  /** Vendor staff revoked this CRM account's link (issue 10): it must be linked again with a new code. */
  installation_revoked: 401,
  forbidden: 403,
  /** The partner's status does not grant this (AG-PRIV, AG-4, AG-REQ); unlike forbidden, the caller is linked. */
  not_entitled: 403,
  partner_expelled: 403,
  /** A repeat violation awaits staff's confirmation of the expulsion: no new clients, pins or deal registrations (AT-4.1, AG-1.5). */
  partner_expulsion_pending: 403,
  not_found: 404,
  pin_conflict: 409,
  not_pinned: 409,
  demo_account: 409,
  idempotency_conflict: 409,
  /** The action needs the caller's explicit confirmation first (a late date, a large total, a likely duplicate); details.warnings say what. */
  confirmation_required: 409,
  invalid_state: 409,
  already_registered: 409,
  code_used: 409,
  /** Another partner has this INN already; details name it. */
  inn_taken: 409,
  project_discount_missing: 409,
  code_expired: 410,
  payload_too_large: 413,
  /** Too many wrong link codes from one caller: wait and try again. */
  rate_limited: 429,
  unknown_product: 422,
  /** A quantity or term beyond the program's limit for the product; details name the limit. */
  limit_exceeded: 422,
  product_not_available: 422,
  outside_territory: 422,
  /** A violation under a rule the program does not list as violable (AT-4.1, AG-1.5); details name the rule and the list. */
  rule_not_violable: 422,
  internal: 500,
  unavailable: 503,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    rule: z.optional(z.string()),
    details: z.optional(z.unknown()),
  }),
})
export type TErrorBody = z.infer<typeof ZErrorBody>

type Extra = { rule?: string; details?: unknown }

/** A known, expected failure: the HTTP layer turns it into its status and the error body. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly rule?: string
  readonly details?: unknown

  constructor(code: ErrorCode, message: string, extra: Extra = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.rule = extra.rule
    this.details = extra.details
  }

  get status(): number {
    return ERROR_STATUS[this.code]
  }

  toBody(): TErrorBody {
    const { code, message, rule, details } = this
    return { error: { code, message, ...(rule ? { rule } : {}), ...(details === undefined ? {} : { details }) } }
  }
}

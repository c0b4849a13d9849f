import type { z } from 'zod/mini'

/** Who may call a route: anyone, the vendor's admin token, any linked CRM, or one role of it. */
export type Caller = 'anyone' | 'admin' | 'crm' | 'partner' | 'vendor' | 'unlinked-crm'

export type RouteSpec = {
  method: 'get' | 'post' | 'put'
  /** Express-style path; `:param` segments. */
  path: string
  caller: Caller
  body?: z.ZodMiniType
  query?: z.ZodMiniType
  response: z.ZodMiniType
  status: 200 | 201
  /** Takes an Idempotency-Key header. */
  idempotent?: boolean
  /** The largest JSON body it takes, when more than the 100 KB every other route takes (a file inside it). */
  maxBodyBytes?: number
  /** Answers a document (a PDF, a CSV report) instead of JSON. */
  produces?: 'application/pdf' | 'text/csv'
}

/** Checks a group against RouteSpec while keeping each entry's own schema types. */
export const spec = <T extends Record<string, RouteSpec>>(routes: T) => routes

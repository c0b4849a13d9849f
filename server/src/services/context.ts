import type { TCrm, TCrmEntityType } from '../../../shared/src/contract'

/** Who is calling, as established by the HTTP layer from a verified identity. */
export type Actor =
  | { kind: 'admin' }
  | { kind: 'unlinked'; crm: TCrm; account: string; domain: string; userId: string | null }
  | { kind: 'partner'; crm: TCrm; account: string; userId: string | null; installationId: string; partnerId: string }
  | { kind: 'vendor'; crm: TCrm; account: string; userId: string | null; installationId: string }

/** Everything a use case gets besides its input: the caller, the clock reading, the retry key. */
export type Ctx = {
  actor: Actor
  /** Read once per request at the edge; rules never read the clock themselves. */
  now: Date
  idempotencyKey?: string
  /** The CRM card the widget called from (`X-Crm-Card`), where the relay writes about that client (issue 12). */
  card?: { type: TCrmEntityType; id: string }
}

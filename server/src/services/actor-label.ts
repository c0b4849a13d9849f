import type { Actor } from './context'

/** Who did it, as one line for records that keep it (evidence): CRM, account and user. */
export const actorLabel = (actor: Actor | { kind: 'system' }): string =>
  'crm' in actor ? `${actor.crm}:${actor.account}${actor.userId ? `:${actor.userId}` : ''}` : actor.kind

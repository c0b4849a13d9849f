import type { RelayUnderTest } from './relay-under-test'

/** Every row a staff mark, a pin decision, a quote or an invoice could touch: a refused request must leave all of them as they were. */
export const snapshot = async (relay: RelayUnderTest) => {
  const { db } = relay.deps
  return {
    partners: await db.selectFrom('partners').selectAll().orderBy('id').execute(),
    clients: await db.selectFrom('clients').selectAll().orderBy('account_number').execute(),
    pins: await db.selectFrom('pins').selectAll().orderBy('id').execute(),
    invoices: await db.selectFrom('invoices').select('id').orderBy('id').execute(),
    counters: await db.selectFrom('invoice_counters').selectAll().orderBy('year').execute(),
    violations: await db.selectFrom('violations').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_log').select('id').orderBy('id').execute(),
  }
}

/** The audit records of one action, oldest first. */
export const auditOf = (relay: RelayUnderTest, action: string) =>
  relay.deps.db.selectFrom('audit_log').select(['entity_id', 'before', 'after', 'reason', 'actor_kind']).where('action', '=', action).orderBy('id').execute()

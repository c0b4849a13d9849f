import { statusTransitions } from '../../src/jobs/status-transitions'
import type { Crm, RelayUnderTest } from './relay-under-test'

/** Moves the relay's clock to `iso` and runs the status pass as the job runner would. */
export const passOn = async (relay: RelayUnderTest, iso: string) => {
  relay.clock.set(iso)
  return statusTransitions(relay.deps, relay.clock.now())
}

/** A purchase for stock paid by the client on `paidOn` and transferred to the vendor on `receivedOn` (clock at or after it). */
export const buyAndTransfer = async (
  partner: Crm,
  vendor: Crm,
  {
    sku = 'agat-ux-base',
    quantity = 1,
    paidOn,
    receivedOn,
    accountNumber,
  }: { sku?: string; quantity?: number; paidOn: string; receivedOn: string; accountNumber?: string },
) => {
  // Purchase history for status rules: old dates, big totals and repeats are meant, so all are confirmed (AT-1.6, AT-5.1, X-6).
  const confirmed = ['deadline_passed', 'large_total', 'possible_duplicate']
  const created = await partner.call('POST', '/v1/invoices', {
    lines: [{ sku, quantity }],
    clientPaidOn: paidOn,
    confirmed,
    ...(accountNumber ? { accountNumber } : {}),
  })
  if (created.status !== 201) throw new Error(`invoice: ${JSON.stringify(created.body)}`)
  const settled = await vendor.call('POST', `/v1/invoices/${created.body.invoice.id}/transfer`, { receivedOn })
  if (settled.status !== 200) throw new Error(`transfer: ${JSON.stringify(settled.body)}`)
  return settled.body.invoice
}

/** Vendor staff record evidence of each requirement, dated `recordedOn`. */
export const recordEvidence = async (vendor: Crm, partnerId: string, requirements: string[], recordedOn: string, validUntil?: string) => {
  for (const requirement of requirements) {
    const answer = await vendor.call('POST', `/v1/partners/${partnerId}/evidence`, {
      requirement,
      recordedOn,
      note: `Подтверждено: ${requirement}`,
      ...(validUntil ? { validUntil } : {}),
    })
    if (answer.status !== 201) throw new Error(`evidence: ${JSON.stringify(answer.body)}`)
  }
}

export const SILVER_EVIDENCE = ['website', 'certifiedSales', 'certifiedTechnical']
export const GOLD_EVIDENCE = [...SILVER_EVIDENCE, 'customerTestimonial', 'jointSupportServices', 'partnerReporting']

/** Everything the status pass may touch, to show a second pass changes nothing. */
export const statusSnapshot = async (relay: RelayUnderTest) => {
  const { db } = relay.deps
  return {
    partners: await db
      .selectFrom('partners')
      .select(['id', 'status', 'authorized_on', 'certificate_valid_until', 'status_valid_until', 'renewal_flags'])
      .orderBy('id')
      .execute(),
    history: await db.selectFrom('status_history').select('id').orderBy('id').execute(),
    changes: await db.selectFrom('status_changes').select(['id', 'state']).orderBy('id').execute(),
    pins: await db.selectFrom('pins').select(['id', 'state', 'valid_until']).orderBy('id').execute(),
    reviews: await db.selectFrom('status_reviews').select(['id', 'computed_at']).orderBy('id').execute(),
    audit: await db.selectFrom('audit_log').select('id').orderBy('id').execute(),
  }
}

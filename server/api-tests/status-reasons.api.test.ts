import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, test } from 'vitest'
import { buyAndTransfer, passOn, recordEvidence, SILVER_EVIDENCE } from './support/agat'
import { type Crm, type RelayUnderTest, startRelay } from './support/relay-under-test'

/**
 * Every reason the relay words itself comes out with its code and facts, read back from the
 * database, beside the English text; a reason vendor staff typed comes out as typed, with no code.
 */
let relay: RelayUnderTest
afterEach(() => relay.close())

const statusOf = async (crm: Crm, partnerId: string) => (await crm.call('GET', `/v1/partners/${partnerId}/status`)).body

describe('reasons the relay words itself', () => {
  test('entered, authorized (AG-3.1) and an application approved without a note (AG-3.3a) carry their codes', async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-05-12T10:00:00+03:00' })
    const vendor = await relay.vendor()
    const partner = await relay.partner()
    expect((await statusOf(partner, partner.id)).history[0]).toMatchObject({
      source: 'created',
      reason: 'Entered by the vendor',
      systemReason: { code: 'entered', params: {} },
    })

    await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn: '2026-05-04' })
    const invoice = await buyAndTransfer(partner, vendor, { paidOn: '2026-05-12', receivedOn: '2026-05-12' })
    expect((await statusOf(partner, partner.id)).history[0]).toMatchObject({
      source: 'authorization',
      reason: `AG-3.1: agreement signed on 2026-05-04, transfer for invoice ${invoice.number} received on 2026-05-12`,
      systemReason: { code: 'authorized', params: { agreementSignedOn: '2026-05-04', invoiceNumber: invoice.number, transferReceivedOn: '2026-05-12' } },
    })

    await recordEvidence(vendor, partner.id, SILVER_EVIDENCE, '2026-05-12')
    const applied = await partner.call('POST', '/v1/status-applications', { status: 'silver' })
    relay.clock.set('2026-05-14T10:00:00+03:00')
    await vendor.call('POST', `/v1/status-applications/${applied.body.application.id}/approve`, {})
    const approved = { code: 'applicationApproved', params: { appliedOn: '2026-05-12', approvedOn: '2026-05-14' } }
    expect((await statusOf(partner, partner.id)).pendingChanges[0]).toMatchObject({
      reason: 'Application of 2026-05-12 approved on 2026-05-14 (AG-3.3a)',
      systemReason: approved,
    })
    expect((await vendor.call('GET', '/v1/status-board')).body.pendingChanges[0]).toMatchObject({ systemReason: approved })

    await passOn(relay, '2026-07-01T00:01:00+03:00')
    expect((await statusOf(partner, partner.id)).history[0]).toMatchObject({ toStatus: 'silver', source: 'application', systemReason: approved })
  })

  test('an application approved with a note keeps the note as typed, with no code (AG-3.3a)', async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-05-12T10:00:00+03:00' })
    const vendor = await relay.vendor()
    const partner = await relay.partner({ status: 'authorized' })
    await recordEvidence(vendor, partner.id, SILVER_EVIDENCE, '2026-05-12')
    const applied = await partner.call('POST', '/v1/status-applications', { status: 'silver' })
    await vendor.call('POST', `/v1/status-applications/${applied.body.application.id}/approve`, { note: 'Поздравляем с Серебром' })
    const change = (await statusOf(partner, partner.id)).pendingChanges[0]
    expect(change).toMatchObject({ source: 'application', reason: 'Поздравляем с Серебром' })
    expect(change).not.toHaveProperty('systemReason')
  })

  test('a half-year review confirmed without a note carries its code; a note is kept as typed (AG-3.3b)', async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-07-02T10:00:00+03:00' })
    const vendor = await relay.vendor()
    const [proposed, noted] = [await relay.partner({ status: 'gold' }), await relay.partner({ status: 'gold' })]
    const computed = await vendor.call('POST', '/v1/reviews', { period: '2026-H1' })
    await vendor.call('POST', `/v1/reviews/${computed.body.review.id}/confirm`, {
      decisions: [{ partnerId: noted.id, status: 'gold', note: 'Оставить Золотым: крупный тендер' }],
    })

    const change = (await statusOf(proposed, proposed.id)).pendingChanges[0]
    expect(change).toMatchObject({
      source: 'review',
      reason: 'Half-year review 2026-H1, list of 2026-07-30 (AG-3.3b)',
      systemReason: { code: 'reviewConfirmed', params: { period: '2026-H1', publicationOn: '2026-07-30' } },
    })
    const kept = (await statusOf(noted, noted.id)).pendingChanges[0]
    expect(kept.reason).toBe('Оставить Золотым: крупный тендер')
    expect(kept).not.toHaveProperty('systemReason')

    await passOn(relay, '2026-07-30T00:01:00+03:00')
    expect((await statusOf(proposed, proposed.id)).history[0]).toMatchObject({ source: 'review', systemReason: change.systemReason })
    expect((await statusOf(noted, noted.id)).history[0]).toMatchObject({ source: 'review', reason: 'Оставить Золотым: крупный тендер' })
    expect((await statusOf(noted, noted.id)).history[0]).not.toHaveProperty('systemReason')
  })

  test('a yearly renewal where requirements hold carries its code; one vendor staff grant is kept as typed (AG-3.3a)', async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-03-10T10:00:00+03:00' })
    const vendor = await relay.vendor()
    const [kept, excused] = [await relay.partner({ status: 'silver' }), await relay.partner({ status: 'silver' })]
    await recordEvidence(vendor, kept.id, SILVER_EVIDENCE, '2026-03-01')

    await passOn(relay, '2027-01-01T00:01:00+03:00')
    expect((await statusOf(kept, kept.id)).history[0]).toMatchObject({
      source: 'renewal',
      reason: 'AG-3.3a: requirements of "Серебряный партнёр" hold on 2027-01-01',
      systemReason: { code: 'requirementsHeld', params: { checkedOn: '2027-01-01' } },
    })

    await vendor.call('POST', `/v1/partners/${excused.id}/renewal`, { reason: 'Сертификаты на переоформлении, продлеваем' })
    const granted = (await statusOf(excused, excused.id)).history[0]
    expect(granted).toMatchObject({ source: 'renewal', reason: 'Сертификаты на переоформлении, продлеваем' })
    expect(granted).not.toHaveProperty('systemReason')
  })

  test('a scheduled change stored without a reason is applied with one worded by the relay', async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-05-12T10:00:00+03:00' })
    const partner = await relay.partner({ status: 'silver' })
    const now = relay.clock.now()
    // As written before every decision carried a reason.
    await relay.deps.db
      .insertInto('status_changes')
      .values({
        id: randomUUID(),
        partner_id: partner.id,
        from_status: 'silver',
        to_status: 'gold',
        effective_on: '2026-06-01',
        valid_until: null,
        source: 'staff',
        reason: null,
        created_at: now,
      })
      .execute()
    await passOn(relay, '2026-06-01T00:01:00+03:00')
    expect((await statusOf(partner, partner.id)).history[0]).toMatchObject({
      toStatus: 'gold',
      reason: 'Scheduled change effective 2026-06-01 (vendor staff decision)',
      systemReason: { code: 'scheduled', params: { effectiveOn: '2026-06-01' } },
    })
  })
})

test('a status change vendor staff decide keeps their reason as typed, pending and applied, with no code', async () => {
  relay = await startRelay({ program: 'agat-rt', at: '2026-05-12T10:00:00+03:00' })
  const vendor = await relay.vendor()
  const partner = await relay.partner({ status: 'silver' })
  const scheduled = await vendor.call('POST', `/v1/partners/${partner.id}/status-changes`, {
    status: 'authorized',
    effectiveOn: '2026-06-01',
    reason: 'Нет сертифицированных специалистов',
  })
  const pending = scheduled.body.pendingChanges[0]
  expect(pending).toMatchObject({ source: 'staff', reason: 'Нет сертифицированных специалистов' })
  expect(pending).not.toHaveProperty('systemReason')
  await passOn(relay, '2026-06-01T00:01:00+03:00')
  const applied = (await statusOf(partner, partner.id)).history[0]
  expect(applied).toMatchObject({ toStatus: 'authorized', source: 'staff', reason: 'Нет сертифицированных специалистов' })
  expect(applied).not.toHaveProperty('systemReason')
  const stored = await relay.deps.db
    .selectFrom('status_history')
    .select(['reason_code', 'reason_params'])
    .where('partner_id', '=', partner.id)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow()
  expect(stored).toEqual({ reason_code: null, reason_params: null })
})

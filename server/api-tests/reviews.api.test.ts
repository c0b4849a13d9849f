import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buyAndTransfer, GOLD_EVIDENCE, passOn, recordEvidence, SILVER_EVIDENCE, statusSnapshot } from './support/agat'
import { type Crm, type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
let vendor: Crm
const partners: Record<'rising' | 'falling' | 'individual' | 'projects', Crm & { id: string }> = {} as never

/** A partner entered at `status` with an agreement signed on `signedOn` and evidence of `evidence`. */
const enter = async (status: string, signedOn: string, evidence: string[], events = 0) => {
  const partner = await relay.partner({ status })
  await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn })
  await recordEvidence(vendor, partner.id, evidence, '2026-03-01')
  for (const day of ['2026-02-10', '2026-02-20'].slice(0, events)) await recordEvidence(vendor, partner.id, ['marketingEvent'], day)
  return partner
}

beforeAll(async () => {
  relay = await startRelay({ program: 'agat-rt', at: '2026-03-02T10:00:00+03:00' })
  vendor = await relay.vendor()
  partners.rising = await enter('silver', '2025-06-01', GOLD_EVIDENCE, 2)
  partners.falling = await enter('gold', '2024-01-10', SILVER_EVIDENCE)
  partners.individual = await enter('silver', '2025-01-01', GOLD_EVIDENCE, 2)
  partners.projects = await enter('gold', '2024-01-10', GOLD_EVIDENCE, 2)
  // Silver pays 75% of 580 000 ₽ for Sprut: 17 make 7 395 000 ₽, over the Gold 7 000 000 ₽.
  await buyAndTransfer(partners.rising, vendor, { sku: 'sprut-base', quantity: 17, paidOn: '2026-03-02', receivedOn: '2026-03-02' })
  await vendor.call('PUT', `/v1/partners/${partners.individual.id}/thresholds`, { thresholds: { gold: 100_000_000 } })
  await buyAndTransfer(partners.individual, vendor, { sku: 'sprut-base', quantity: 3, paidOn: '2026-03-02', receivedOn: '2026-03-02' })
  const accountNumber = await registerClient(partners.projects)
  const project = await partners.projects.call('POST', '/v1/projects', { accountNumber, projectName: 'Телефонизация завода' })
  await vendor.call('POST', `/v1/pins/${project.body.registration.id}/approve`, {})
  // Gold pays 70%: 18 make 7 308 000 ₽, all of it a project deal.
  await buyAndTransfer(partners.projects, vendor, { sku: 'sprut-base', quantity: 18, paidOn: '2026-03-02', receivedOn: '2026-03-02', accountNumber })
})
afterAll(() => relay.close())

const proposalOf = (review: any, partnerId: string) => review.proposals.find((p: any) => p.partnerId === partnerId)

describe('half-year review (AG-3.3b)', () => {
  test('cannot be computed before the half-year is over (AG-3.3b)', async () => {
    relay.clock.set('2026-06-30T20:00:00+03:00')
    const early = await vendor.call('POST', '/v1/reviews', { period: '2026-H1' })
    expect(early.body.error).toMatchObject({ code: 'invalid_state', rule: 'AG-3.3b' })
  })

  test('proposes upgrades and downgrades from the volume and the checklist, confirmed lists take effect on 30 July (AG-3.3b)', async () => {
    relay.clock.set('2026-07-02T10:00:00+03:00')
    const computed = await vendor.call('POST', '/v1/reviews', { period: '2026-H1' })
    expect(computed.status).toBe(201)
    const { review } = computed.body
    expect(review).toMatchObject({ period: '2026-H1', from: '2026-01-01', to: '2026-06-30', publicationOn: '2026-07-30', state: 'draft' })
    expect(proposalOf(review, partners.rising.id)).toMatchObject({
      currentStatus: 'silver',
      proposedStatus: 'gold',
      change: 'upgrade',
      volumeKop: 739_500_000,
      eligible: ['gold'],
    })
    expect(proposalOf(review, partners.falling.id)).toMatchObject({ currentStatus: 'gold', proposedStatus: 'silver', change: 'downgrade', volumeKop: 0 })
    expect(proposalOf(review, partners.individual.id)).toMatchObject({ proposedStatus: 'gold', volumeKop: 130_500_000 })
    // Project deals count only when vendor staff include them (AG-REQ **).
    expect(proposalOf(review, partners.projects.id)).toMatchObject({
      proposedStatus: 'silver',
      volumeKop: 0,
      projectDealsVolumeKop: 730_800_000,
      countedVolumeKop: 0,
    })

    const recomputed = await vendor.call('POST', '/v1/reviews', { period: '2026-H1', includeProjectDeals: [partners.projects.id] })
    expect(recomputed.body.review.id).toBe(review.id)
    expect(proposalOf(recomputed.body.review, partners.projects.id)).toMatchObject({
      proposedStatus: 'gold',
      change: 'keep',
      includeProjectDeals: true,
      countedVolumeKop: 730_800_000,
    })

    const confirmed = await vendor.call('POST', `/v1/reviews/${review.id}/confirm`, {
      decisions: [{ partnerId: partners.individual.id, status: 'silver', note: 'Оставить Серебряным до конца года' }],
    })
    expect(confirmed.body.review).toMatchObject({ state: 'confirmed' })
    expect(proposalOf(confirmed.body.review, partners.individual.id)).toMatchObject({
      decidedStatus: 'silver',
      decisionNote: 'Оставить Серебряным до конца года',
    })
    const falling = (await partners.falling.call('GET', `/v1/partners/${partners.falling.id}/status`)).body
    expect(falling).toMatchObject({ status: 'gold', nextReviewOn: '2026-07-30' })
    expect(falling.pendingChanges).toEqual([
      expect.objectContaining({ toStatus: 'silver', effectiveOn: '2026-07-30', validUntil: '2026-12-31', source: 'review' }),
    ])

    expect((await passOn(relay, '2026-07-29T23:59:00+03:00')).applied).toBe(0)
    expect((await passOn(relay, '2026-07-30T00:01:00+03:00')).applied).toBe(3)
    const snapshot = await statusSnapshot(relay)
    await passOn(relay, '2026-07-30T00:02:00+03:00')
    expect(await statusSnapshot(relay)).toEqual(snapshot)

    const statuses = await relay.deps.db.selectFrom('partners').select(['id', 'status', 'status_valid_until']).execute()
    const statusOf = (id: string) => statuses.find((p) => p.id === id)
    expect(statusOf(partners.rising.id)).toMatchObject({ status: 'gold', status_valid_until: null })
    expect(statusOf(partners.falling.id)).toMatchObject({ status: 'silver', status_valid_until: '2026-12-31' })
    expect(statusOf(partners.individual.id)).toMatchObject({ status: 'silver' })
    expect(statusOf(partners.projects.id)).toMatchObject({ status: 'gold' })
    const history = (await partners.rising.call('GET', `/v1/partners/${partners.rising.id}/status`)).body.history
    expect(history[0]).toMatchObject({ fromStatus: 'silver', toStatus: 'gold', effectiveOn: '2026-07-30', source: 'review' })
  })

  test('a confirmed review is final and listed with its counts (AG-3.3b)', async () => {
    const again = await vendor.call('POST', '/v1/reviews', { period: '2026-H1' })
    expect(again.body.error).toMatchObject({ code: 'invalid_state', rule: 'AG-3.3b' })
    const list = await vendor.call('GET', '/v1/reviews')
    expect(list.body.reviews).toEqual([expect.objectContaining({ period: '2026-H1', state: 'confirmed', partners: 4, upgrades: 1, downgrades: 1 })])
    expect((await partners.rising.call('GET', '/v1/reviews')).status).toBe(403)
  })
})

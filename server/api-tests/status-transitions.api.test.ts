import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { passOn, recordEvidence, SILVER_EVIDENCE, statusSnapshot } from './support/agat'
import { type Crm, type RelayUnderTest, startRelay } from './support/relay-under-test'

/** The status pass with a passed-in clock across the year's boundaries; each step runs twice. */
describe('status transitions over a year end (AG-3.2, AG-3.3a, AG-3.3b)', () => {
  let relay: RelayUnderTest
  let vendor: Crm
  const p: Record<'kept' | 'lapsed' | 'excused' | 'applicant', Crm & { id: string }> = {} as never
  const row = (id: string) =>
    relay.deps.db
      .selectFrom('partners')
      .select(['status', 'status_valid_until', 'certificate_valid_until', 'renewal_flags'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  /** Runs the pass at `iso`, then again a minute later, and shows the second changed nothing. */
  const passTwice = async (iso: string) => {
    const first = await passOn(relay, iso)
    const snapshot = await statusSnapshot(relay)
    const second = await passOn(relay, new Date(new Date(iso).getTime() + 60_000).toISOString())
    expect(second).toEqual({ ran: true, applied: 0, renewed: 0, flagged: 0, expired: 0, reviewDrafted: false })
    expect(await statusSnapshot(relay)).toEqual(snapshot)
    return first
  }

  beforeAll(async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-03-10T10:00:00+03:00' })
    vendor = await relay.vendor()
    p.kept = await relay.partner({ status: 'silver' })
    p.lapsed = await relay.partner({ status: 'silver' })
    p.excused = await relay.partner({ status: 'silver' })
    p.applicant = await relay.partner({ status: 'authorized' })
    for (const partner of [p.kept, p.applicant]) await recordEvidence(vendor, partner.id, SILVER_EVIDENCE, '2026-03-01')
    relay.clock.set('2026-11-20T10:00:00+03:00')
    const applied = await p.applicant.call('POST', '/v1/status-applications', { status: 'silver' })
    await vendor.call('POST', `/v1/status-applications/${applied.body.application.id}/approve`, {})
  })
  afterAll(() => relay.close())

  test('entered in March: Silver until 31 December, the certificate until 31 January (AG-3.1, AG-3.3a)', async () => {
    expect(await row(p.kept.id)).toMatchObject({ status: 'silver', status_valid_until: '2026-12-31', certificate_valid_until: '2027-01-31', renewal_flags: [] })
    expect(await row(p.applicant.id)).toMatchObject({ status: 'authorized', status_valid_until: null })
  })

  test('31 December: nothing is due yet', async () => {
    await passOn(relay, '2026-12-31T12:00:00+03:00')
    expect(await passTwice('2026-12-31T23:58:00+03:00')).toMatchObject({ applied: 0, renewed: 0, flagged: 0 })
  })

  test('1 January: the Q4 approval takes effect, Silver is renewed where requirements hold and flagged where not (AG-3.3a)', async () => {
    expect(await passTwice('2027-01-01T00:01:00+03:00')).toEqual({ ran: true, applied: 1, renewed: 1, flagged: 2, expired: 0, reviewDrafted: true })
    expect(await row(p.applicant.id)).toMatchObject({ status: 'silver', status_valid_until: '2027-12-31' })
    expect(await row(p.kept.id)).toMatchObject({ status: 'silver', status_valid_until: '2027-12-31', renewal_flags: [] })
    expect(await row(p.lapsed.id)).toMatchObject({
      status: 'silver',
      status_valid_until: '2026-12-31',
      renewal_flags: [{ kind: 'status', dueOn: '2026-12-31', flaggedOn: '2027-01-01', missing: ['website', 'certifiedSales', 'certifiedTechnical'] }],
    })
    const kept = (await p.kept.call('GET', `/v1/partners/${p.kept.id}/status`)).body
    expect(kept.history[0]).toMatchObject({ toStatus: 'silver', effectiveOn: '2027-01-01', validUntil: '2027-12-31', source: 'renewal' })
    const board = (await vendor.call('GET', '/v1/status-board')).body
    expect(board.flagged.map((f: any) => f.partnerId).sort()).toEqual([p.lapsed.id, p.excused.id].sort())
    const drafted = (await vendor.call('GET', '/v1/reviews')).body.reviews
    expect(drafted[0]).toMatchObject({ period: '2026-H2', state: 'draft', publicationOn: '2027-01-30' })
  })

  test('30 January: the certificate still runs (AG-3.2)', async () => {
    expect(await passTwice('2027-01-30T23:00:00+03:00')).toMatchObject({ renewed: 0, flagged: 0 })
  })

  test('31 January: certificates are renewed where requirements hold, the rest flagged with what is missing (AG-3.2)', async () => {
    expect(await passTwice('2027-01-31T00:01:00+03:00')).toMatchObject({ renewed: 2, flagged: 2 })
    expect(await row(p.kept.id)).toMatchObject({ certificate_valid_until: '2028-01-31', renewal_flags: [] })
    expect(await row(p.applicant.id)).toMatchObject({ certificate_valid_until: '2028-01-31' })
    const lapsed = await row(p.lapsed.id)
    expect(lapsed.renewal_flags.map((f) => [f.kind, f.dueOn])).toEqual([
      ['status', '2026-12-31'],
      ['certificate', '2027-01-31'],
    ])
    const audit = await relay.deps.db
      .selectFrom('audit_log')
      .select(['actor_kind'])
      .where('entity_id', '=', p.lapsed.id)
      .where('action', '=', 'partner.renewal-flagged')
      .execute()
    expect(audit).toEqual([{ actor_kind: 'system' }, { actor_kind: 'system' }])
  })

  test('evidence recorded later renews on the next pass; vendor staff may renew despite what is missing (AG-3.2)', async () => {
    relay.clock.set('2027-02-02T10:00:00+03:00')
    await recordEvidence(vendor, p.lapsed.id, SILVER_EVIDENCE, '2027-02-01')
    expect(await passTwice('2027-02-02T10:01:00+03:00')).toMatchObject({ renewed: 2 })
    expect(await row(p.lapsed.id)).toMatchObject({ status_valid_until: '2027-12-31', certificate_valid_until: '2028-01-31', renewal_flags: [] })

    const renewed = await vendor.call('POST', `/v1/partners/${p.excused.id}/renewal`, { reason: 'Сертификаты на переоформлении, продлеваем' })
    expect(renewed.body).toMatchObject({ statusValidUntil: '2027-12-31', certificateValidUntil: '2028-01-31', renewalFlags: [] })
    expect((await vendor.call('POST', `/v1/partners/${p.excused.id}/renewal`, { reason: 'again' })).body.error.code).toBe('invalid_state')
  })
})

describe('the half-year boundary (AG-3.3b)', () => {
  let relay: RelayUnderTest
  beforeAll(async () => {
    relay = await startRelay({ program: 'agat-rt', at: '2026-06-30T12:00:00+03:00' })
  })
  afterAll(() => relay.close())

  test('on 1 July, not on 30 June, a draft review of the first half-year waits for vendor staff (AG-3.3b)', async () => {
    await passOn(relay, '2026-06-30T23:59:00+03:00')
    const periods = async () => (await relay.deps.db.selectFrom('status_reviews').select('period').orderBy('period').execute()).map((r) => r.period)
    expect(await periods()).toEqual(['2025-H2'])
    expect((await passOn(relay, '2026-07-01T00:01:00+03:00')).reviewDrafted).toBe(true)
    expect((await passOn(relay, '2026-07-01T00:02:00+03:00')).reviewDrafted).toBe(false)
    expect(await periods()).toEqual(['2025-H2', '2026-H1'])
  })

  test('ATRealt has no status transitions: the pass changes nothing there', async () => {
    const atrealt = await startRelay({ at: '2027-01-31T10:00:00+03:00' })
    try {
      await atrealt.partner()
      expect(await passOn(atrealt, '2027-02-01T10:00:00+03:00')).toEqual({ ran: true, applied: 0, renewed: 0, flagged: 0, expired: 0, reviewDrafted: false })
      expect(await atrealt.deps.db.selectFrom('status_history').select('id').execute()).toEqual([])
    } finally {
      await atrealt.close()
    }
  })
})

import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { buyAndTransfer, passOn, recordEvidence, SILVER_EVIDENCE, statusSnapshot } from './support/agat'
import { type Crm, type RelayUnderTest, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
let vendor: Crm
beforeEach(async () => {
  relay = await startRelay({ program: 'agat-rt', at: '2026-05-12T10:00:00+03:00' })
  vendor = await relay.vendor()
})
afterEach(() => relay.close())

const statusOf = async (crm: Crm, partnerId: string) => (await crm.call('GET', `/v1/partners/${partnerId}/status`)).body

describe('authorization (AG-3.1)', () => {
  test('the agreement and a transfer for 50 000 ₽ at 10% or more authorize the partner until 31 January next year (AG-3.1)', async () => {
    const partner = await relay.partner()
    const signed = await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn: '2026-05-04' })
    expect(signed.body).toMatchObject({ status: 'unauthorized', agreementSignedOn: '2026-05-04', authorizedOn: null })
    await buyAndTransfer(partner, vendor, { sku: 'hw-module-fxs8', paidOn: '2026-05-12', receivedOn: '2026-05-12' })
    expect((await statusOf(partner, partner.id)).status).toBe('unauthorized')

    relay.clock.set('2026-05-13T10:00:00+03:00')
    await buyAndTransfer(partner, vendor, { paidOn: '2026-05-12', receivedOn: '2026-05-13' })
    const status = await statusOf(partner, partner.id)
    expect(status).toMatchObject({ status: 'authorized', authorizedOn: '2026-05-13', certificateValidUntil: '2027-01-31', renewalFlags: [] })
    expect(status.history[0]).toMatchObject({ fromStatus: 'unauthorized', toStatus: 'authorized', effectiveOn: '2026-05-13', source: 'authorization' })
    expect(status.history[0].reason).toContain('AG-3.1')
    expect(status.privileges.find((p: any) => p.id === 'dealProtection')).toEqual({ id: 'dealProtection', value: true })
    const audit = await relay.deps.db
      .selectFrom('audit_log')
      .select(['actor_kind', 'action'])
      .where('entity_id', '=', partner.id)
      .where('action', '=', 'partner.status-changed')
      .execute()
    expect(audit).toEqual([{ actor_kind: 'system', action: 'partner.status-changed' }])
  })

  test('a purchase paid before the agreement authorizes on the agreement date (AG-3.1)', async () => {
    const partner = await relay.partner()
    relay.clock.set('2026-05-08T10:00:00+03:00')
    await buyAndTransfer(partner, vendor, { paidOn: '2026-05-08', receivedOn: '2026-05-08' })
    relay.clock.set('2026-05-12T10:00:00+03:00')
    const signed = await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn: '2026-05-12' })
    expect(signed.body).toMatchObject({ status: 'authorized', authorizedOn: '2026-05-12', certificateValidUntil: '2027-01-31' })
  })

  test('the certificate is a PDF for the partner itself and vendor staff, not for others (AG-3.1, X-5)', async () => {
    const partner = await relay.partner()
    const before = await partner.call('GET', `/v1/partners/${partner.id}/certificate`)
    expect(before.body.error).toMatchObject({ code: 'invalid_state', rule: 'AG-3.1' })
    await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn: '2026-05-04' })
    await buyAndTransfer(partner, vendor, { paidOn: '2026-05-12', receivedOn: '2026-05-12' })
    for (const caller of [partner, vendor]) {
      const pdf = await caller.call('GET', `/v1/partners/${partner.id}/certificate`)
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expect(pdf.body.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    }
    const other = await relay.partner()
    expect((await other.call('GET', `/v1/partners/${partner.id}/certificate`)).status).toBe(404)
    expect((await other.call('GET', `/v1/partners/${partner.id}/status`)).status).toBe(404)
  })

  test('/v1/me lists the privileges of the status the partner is priced at (AG-PRIV)', async () => {
    const gold = await relay.partner({ status: 'gold' })
    const me = await gold.call('GET', '/v1/me')
    expect(me.body.partner.privileges).toContainEqual({ id: 'creditLine', value: true })
    expect(me.body.partner.privileges).toContainEqual({ id: 'vendorLeads', value: true })
  })
})

describe('Silver by application (AG-3.3a)', () => {
  const authorizedPartner = async () => {
    const partner = await relay.partner()
    await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn: '2026-05-04' })
    await buyAndTransfer(partner, vendor, { paidOn: '2026-05-12', receivedOn: '2026-05-12' })
    return partner
  }

  test('approved on 14 May, Silver is pending until 1 July and runs to 31 December (AG-3.3a)', async () => {
    const partner = await authorizedPartner()
    expect((await statusOf(partner, partner.id)).canApplyFor).toEqual(['silver'])
    const applied = await partner.call('POST', '/v1/status-applications', { status: 'silver', note: 'Два сертифицированных инженера' })
    expect(applied.status).toBe(201)
    expect(applied.body.application).toMatchObject({ state: 'pending', status: 'silver', appliedOn: '2026-05-12', checklist: { isMet: false } })
    expect((await partner.call('POST', '/v1/status-applications', { status: 'silver' })).body.error.code).toBe('invalid_state')

    relay.clock.set('2026-05-14T10:00:00+03:00')
    const refused = await vendor.call('POST', `/v1/status-applications/${applied.body.application.id}/approve`, {})
    expect(refused.body.error).toMatchObject({
      code: 'invalid_state',
      rule: 'AG-3.3a',
      details: { missing: ['website', 'certifiedSales', 'certifiedTechnical'] },
    })
    await recordEvidence(vendor, partner.id, SILVER_EVIDENCE, '2026-05-13')
    const approved = await vendor.call('POST', `/v1/status-applications/${applied.body.application.id}/approve`, {})
    expect(approved.body.application).toMatchObject({ state: 'approved', effectiveOn: '2026-07-01', validUntil: '2026-12-31' })

    const pending = await statusOf(partner, partner.id)
    expect(pending.status).toBe('authorized')
    expect(pending.pendingChanges).toEqual([
      expect.objectContaining({ toStatus: 'silver', effectiveOn: '2026-07-01', validUntil: '2026-12-31', source: 'application', state: 'pending' }),
    ])
    expect((await vendor.call('GET', '/v1/status-board')).body.pendingChanges).toHaveLength(1)

    expect((await passOn(relay, '2026-06-30T23:59:00+03:00')).applied).toBe(0)
    expect((await statusOf(partner, partner.id)).status).toBe('authorized')
    expect((await passOn(relay, '2026-07-01T00:01:00+03:00')).applied).toBe(1)
    const snapshot = await statusSnapshot(relay)
    expect((await passOn(relay, '2026-07-01T00:02:00+03:00')).applied).toBe(0)
    expect(await statusSnapshot(relay)).toEqual(snapshot)
    const silver = await statusOf(partner, partner.id)
    expect(silver).toMatchObject({ status: 'silver', statusValidUntil: '2026-12-31', pendingChanges: [] })
    expect(silver.history[0]).toMatchObject({ toStatus: 'silver', effectiveOn: '2026-07-01', source: 'application' })
    const quote = await partner.call('POST', '/v1/quotes', { lines: [{ sku: 'agat-ux-base', quantity: 1 }] })
    expect(quote.body.lines[0].discountBps).toBe(2500)
  })

  test('an application approved on 1 October waits for 1 January (AG-3.3a reading)', async () => {
    const partner = await authorizedPartner()
    await recordEvidence(vendor, partner.id, SILVER_EVIDENCE, '2026-05-12')
    const applied = await partner.call('POST', '/v1/status-applications', { status: 'silver' })
    relay.clock.set('2026-10-01T09:00:00+03:00')
    const approved = await vendor.call('POST', `/v1/status-applications/${applied.body.application.id}/approve`, {})
    expect(approved.body.application).toMatchObject({ effectiveOn: '2027-01-01', validUntil: '2027-12-31' })
  })

  test('a refusal carries its reason; an unauthorized partner cannot apply (AG-3.3a)', async () => {
    const partner = await authorizedPartner()
    const applied = await partner.call('POST', '/v1/status-applications', { status: 'silver' })
    const refused = await vendor.call('POST', `/v1/status-applications/${applied.body.application.id}/refuse`, { reason: 'Нет сертифицированных специалистов' })
    expect(refused.body.application).toMatchObject({ state: 'refused', decisionNote: 'Нет сертифицированных специалистов' })
    const newcomer = await relay.partner()
    expect((await newcomer.call('POST', '/v1/status-applications', { status: 'silver' })).body.error).toMatchObject({ code: 'not_entitled', rule: 'AG-3.3a' })
    expect((await partner.call('POST', '/v1/status-applications', { status: 'gold' })).body.error.code).toBe('not_entitled')
  })
})

describe('privileges enforced (AG-PRIV)', () => {
  test('credit terms give a Gold partner the program credit days on top of the transfer term (AG-PRIV)', async () => {
    const gold = await relay.partner({ status: 'gold' })
    const silver = await relay.partner({ status: 'silver' })
    const line = { lines: [{ sku: 'agat-ux-base', quantity: 1 }], clientPaidOn: '2026-05-12' }
    // Paid Tuesday 12 May: 5 working days end on 19 May; 15 end on 2 June.
    expect((await silver.call('POST', '/v1/invoices', line)).body.invoice.transferDueOn).toBe('2026-05-19')
    expect((await gold.call('POST', '/v1/invoices', line)).body.invoice.transferDueOn).toBe('2026-06-02')
  })

  test('a restricted Gold partner is priced as Silver and loses the credit line (AG-1.5, AG-PRIV)', async () => {
    const gold = await relay.partner({ status: 'gold' })
    await vendor.call('POST', `/v1/partners/${gold.id}/violations`, { rule: 'AG-1.5', note: 'Просроченная задолженность' })
    const invoice = await gold.call('POST', '/v1/invoices', { lines: [{ sku: 'agat-ux-base', quantity: 1 }], clientPaidOn: '2026-05-12' })
    expect(invoice.body.invoice.transferDueOn).toBe('2026-05-19')
  })
})

describe('status changes by vendor staff', () => {
  test('a change from a later date is pending, can be cancelled, and is never backdated', async () => {
    const partner = await relay.partner({ status: 'silver' })
    const scheduled = await vendor.call('POST', `/v1/partners/${partner.id}/status-changes`, {
      status: 'authorized',
      effectiveOn: '2026-06-01',
      reason: 'Нет сертифицированных специалистов',
    })
    expect(scheduled.status).toBe(201)
    expect(scheduled.body).toMatchObject({
      status: 'silver',
      pendingChanges: [expect.objectContaining({ toStatus: 'authorized', effectiveOn: '2026-06-01', source: 'staff' })],
    })
    const cancelled = await vendor.call('POST', `/v1/status-changes/${scheduled.body.pendingChanges[0].id}/cancel`, { reason: 'Сертификаты предоставлены' })
    expect(cancelled.body.pendingChanges).toEqual([])
    expect(
      (await vendor.call('POST', `/v1/partners/${partner.id}/status-changes`, { status: 'authorized', effectiveOn: '2026-05-01', reason: 'x' })).body.error
        .code,
    ).toBe('invalid_request')
    const now = await vendor.call('POST', `/v1/partners/${partner.id}/status-changes`, { status: 'unauthorized', reason: 'Договор расторгнут' })
    expect(now.body).toMatchObject({ status: 'unauthorized', authorizedOn: null, certificateValidUntil: null })
  })

  test('evidence with dates, thresholds and a void are recorded by vendor staff only (AG-REQ)', async () => {
    const partner = await relay.partner({ status: 'silver' })
    const forbidden = await partner.call('POST', `/v1/partners/${partner.id}/evidence`, { requirement: 'website', recordedOn: '2026-05-01', note: 'x' })
    expect(forbidden.status).toBe(403)
    const recorded = await vendor.call('POST', `/v1/partners/${partner.id}/evidence`, {
      requirement: 'certifiedTechnical',
      recordedOn: '2026-03-01',
      validUntil: '2027-03-01',
      note: 'Сертификат № 118',
    })
    expect(recorded.status).toBe(201)
    const evidence = recorded.body.evidence[0]
    expect(evidence).toMatchObject({
      requirement: 'certifiedTechnical',
      recordedOn: '2026-03-01',
      validUntil: '2027-03-01',
      recordedBy: expect.stringMatching(/^amocrm:/),
    })
    const silverList = recorded.body.checklists.find((c: any) => c.status === 'silver')
    expect(silverList.items.find((i: any) => i.requirement === 'certifiedTechnical')).toMatchObject({ isMet: true, validUntil: '2027-03-01' })
    const badRange = await vendor.call('POST', `/v1/partners/${partner.id}/evidence`, {
      requirement: 'website',
      recordedOn: '2026-05-01',
      validUntil: '2026-04-01',
      note: 'x',
    })
    expect(badRange.body.error.code).toBe('invalid_request')
    const voided = await vendor.call('POST', `/v1/evidence/${evidence.id}/void`, { reason: 'Ошибочная запись' })
    expect(voided.body.checklists.find((c: any) => c.status === 'silver').missing).toContain('certifiedTechnical')
    const thresholds = await vendor.call('PUT', `/v1/partners/${partner.id}/thresholds`, { thresholds: { gold: 300_000_000 } })
    expect(thresholds.body.thresholds).toContainEqual({ status: 'gold', statusName: 'Золотой партнёр', thresholdKop: 300_000_000, isIndividual: true })
    expect((await vendor.call('PUT', `/v1/partners/${partner.id}/thresholds`, { thresholds: { silver: 1 } })).body.error.code).toBe('invalid_request')
  })
})

describe('the status page says why, with dates (AG-1.5, AG-3.2)', () => {
  test('a violation explains discounts one status down since its date, and the certificate says what its last day brings (AG-1.5, AG-3.2)', async () => {
    const partner = await relay.partner()
    await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn: '2026-05-04' })
    await buyAndTransfer(partner, vendor, { paidOn: '2026-05-12', receivedOn: '2026-05-12' })
    await vendor.call('POST', `/v1/partners/${partner.id}/violations`, { rule: 'AG-1.5', note: 'Просроченная дебиторская задолженность' })
    const status = await statusOf(partner, partner.id)
    expect(status).toMatchObject({ status: 'authorized', effectiveStatus: 'unauthorized', certificateValidUntil: '2027-01-31' })
    expect(status.explanations).toEqual([
      { code: 'discountDowngraded', rule: 'AG-1.5', params: { since: '2026-05-12', violations: 1 } },
      { code: 'renewalAtRisk', rule: 'AG-3.2', params: { kind: 'certificate', validUntil: '2027-01-31', checkOn: '2027-01-31', missing: ['website'] } },
    ])
  })
})

describe('credit notes in the purchase figures (AG-3.1, AG-REQ, X-2)', () => {
  const creditOne = async (invoiceId: string, iso: string) => {
    relay.clock.set(iso)
    const answer = await vendor.call('POST', `/v1/invoices/${invoiceId}/credit-notes`, { lines: [{ line: 0, quantity: 1 }], reason: 'Клиент вернул комплект' })
    expect(answer.status).toBe(201)
    return answer.body.creditNote
  }

  test('a purchase credited below 50 000 ₽ before its transfer does not authorize (AG-3.1, X-2)', async () => {
    const partner = await relay.partner()
    await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn: '2026-05-04' })
    // Three FXS-8 modules: 96 000 ₽ at 10%, the partner pays 86 400 ₽; two credited leave 28 800 ₽.
    const created = await partner.call('POST', '/v1/invoices', { lines: [{ sku: 'hw-module-fxs8', quantity: 3 }], clientPaidOn: '2026-05-12' })
    expect(created.body.invoice.totals.payableKop).toBe(8_640_000)
    const note = await vendor.call('POST', `/v1/invoices/${created.body.invoice.id}/credit-notes`, {
      lines: [{ line: 0, quantity: 2 }],
      reason: 'Клиент отказался от двух модулей',
    })
    expect(note.body.creditNote.totals.payableKop).toBe(5_760_000)
    relay.clock.set('2026-05-13T10:00:00+03:00')
    expect((await vendor.call('POST', `/v1/invoices/${created.body.invoice.id}/transfer`, { receivedOn: '2026-05-13' })).status).toBe(200)
    expect(await statusOf(partner, partner.id)).toMatchObject({ status: 'unauthorized', authorizedOn: null })
  })

  test('a note before the agreement is signed counts, one after an authorization does not undo it (AG-3.1, X-2)', async () => {
    const [late, early] = [await relay.partner(), await relay.partner()]
    await vendor.call('POST', `/v1/partners/${early.id}/agreement`, { signedOn: '2026-05-04' })
    // Two «Агат UX» kits, 255 000 ₽ to pay; one credited leaves 127 500 ₽, the other credited too leaves nothing.
    const lateBuy = await buyAndTransfer(late, vendor, { quantity: 2, paidOn: '2026-05-12', receivedOn: '2026-05-12' })
    const earlyBuy = await buyAndTransfer(early, vendor, { quantity: 2, paidOn: '2026-05-12', receivedOn: '2026-05-12' })
    expect(await statusOf(early, early.id)).toMatchObject({ status: 'authorized', authorizedOn: '2026-05-12' })
    await creditOne(lateBuy.id, '2026-05-14T10:00:00+03:00')
    await creditOne(lateBuy.id, '2026-05-15T10:00:00+03:00')
    await creditOne(earlyBuy.id, '2026-05-15T10:00:00+03:00')
    await creditOne(earlyBuy.id, '2026-05-15T11:00:00+03:00')
    relay.clock.set('2026-05-20T10:00:00+03:00')
    const signed = await vendor.call('POST', `/v1/partners/${late.id}/agreement`, { signedOn: '2026-05-20' })
    expect(signed.body).toMatchObject({ status: 'unauthorized', authorizedOn: null })
    expect(await statusOf(early, early.id)).toMatchObject({ status: 'authorized', authorizedOn: '2026-05-12' })
  })

  test('the half-year volume nets credit notes by their own date; a closed half-year keeps its figure (AG-REQ, AG-3.3b, X-2)', async () => {
    const partner = await relay.partner()
    await vendor.call('POST', `/v1/partners/${partner.id}/agreement`, { signedOn: '2026-05-04' })
    const invoice = await buyAndTransfer(partner, vendor, { quantity: 2, paidOn: '2026-05-12', receivedOn: '2026-05-12' })
    expect((await statusOf(vendor, partner.id)).volume).toMatchObject({ period: '2026-H1', volumeKop: 25_500_000 })

    await creditOne(invoice.id, '2026-05-20T10:00:00+03:00')
    expect((await statusOf(vendor, partner.id)).volume).toMatchObject({ period: '2026-H1', volumeKop: 12_750_000 })

    // The last kit credited in the next half-year: H2 bought nothing, H1 keeps what it bought.
    await creditOne(invoice.id, '2026-07-10T10:00:00+03:00')
    expect((await statusOf(vendor, partner.id)).volume).toMatchObject({ period: '2026-H2', volumeKop: 0 })
    const review = await vendor.call('POST', '/v1/reviews', { period: '2026-H1' })
    expect(review.status).toBe(201)
    expect(review.body.review.proposals.find((p: any) => p.partnerId === partner.id)).toMatchObject({ volumeKop: 12_750_000 })
  })
})

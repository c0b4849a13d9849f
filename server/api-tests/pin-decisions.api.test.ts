import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type RelayUnderTest, registerClient, startRelay } from './support/relay-under-test'

let relay: RelayUnderTest
beforeAll(async () => {
  relay = await startRelay({ at: '2026-11-02T10:00:00+03:00' })
})
afterAll(() => relay.close())

const pinRequestsSeenByStaff = async () => {
  const vendor = await relay.vendor()
  return (await vendor.call('GET', '/v1/overview')).body.pinRequests as {
    id: string
    accountNumber: string
    decisionDueOn: string
    isDecisionOverdue: boolean
    otherInterest: unknown[]
  }[]
}
const interestRows = () => relay.deps.db.selectFrom('pin_interests').selectAll().execute()

describe('a pin request nobody decides (AT-1.2a, AT-4.4, X-7)', () => {
  test('after the program’s 10 working days it is an overdue decision, listed oldest first; holidays are not counted', async () => {
    const partner = await relay.partner()
    const early = await registerClient(partner)
    const late = await registerClient(partner)
    // Requested on Monday 02.11.2026: 4 November is no working day, so the 10th is Tuesday 17.11.
    expect((await partner.call('POST', '/v1/pins', { accountNumber: early })).status).toBe(201)
    relay.clock.set('2026-11-10T10:00:00+03:00')
    expect((await partner.call('POST', '/v1/pins', { accountNumber: late })).status).toBe(201)

    relay.clock.set('2026-11-17T18:00:00+03:00')
    expect(
      (await pinRequestsSeenByStaff()).map(({ accountNumber, decisionDueOn, isDecisionOverdue }) => ({ accountNumber, decisionDueOn, isDecisionOverdue })),
    ).toEqual([
      { accountNumber: early, decisionDueOn: '2026-11-17', isDecisionOverdue: false },
      { accountNumber: late, decisionDueOn: '2026-11-24', isDecisionOverdue: false },
    ])
    relay.clock.set('2026-11-18T09:00:00+03:00')
    expect((await pinRequestsSeenByStaff()).map(({ accountNumber, isDecisionOverdue }) => ({ accountNumber, isDecisionOverdue }))).toEqual([
      { accountNumber: early, isDecisionOverdue: true },
      { accountNumber: late, isDecisionOverdue: false },
    ])
    // A partner's own overview tells it nothing about staff's deadlines.
    expect((await partner.call('GET', '/v1/overview')).body.pins[0]).not.toHaveProperty('isDecisionOverdue')
  })

  test('a second partner asking for the account is refused, and its interest is recorded beside the first request, once', async () => {
    relay.clock.set('2026-11-18T09:00:00+03:00')
    const first = await relay.partner({ name: 'ООО «Первый»' })
    const second = await relay.partner({ name: 'ООО «Второй»' })
    const accountNumber = await registerClient(first)
    const requested = await first.call('POST', '/v1/pins', { accountNumber })
    expect(requested.status).toBe(201)

    const refused = await second.call('POST', '/v1/pins', { accountNumber }, { 'idempotency-key': 'second-asks' })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'pin_conflict', rule: 'AT-1.2a', details: { reason: 'requested-by-other' } })
    // A retry replays the refusal; asking again under another key keeps the first time.
    expect((await second.call('POST', '/v1/pins', { accountNumber }, { 'idempotency-key': 'second-asks' })).body).toEqual(refused.body)
    relay.clock.set('2026-11-18T12:00:00+03:00')
    expect((await second.call('POST', '/v1/pins', { accountNumber }, { 'idempotency-key': 'second-asks-again' })).status).toBe(409)

    const request = (await pinRequestsSeenByStaff()).find((pin) => pin.id === requested.body.pin.id)
    expect(request?.otherInterest).toEqual([{ partnerId: second.id, partnerName: 'ООО «Второй»', at: '2026-11-18T06:00:00.000Z' }])
    expect((await interestRows()).filter((row) => row.pin_id === requested.body.pin.id)).toHaveLength(1)
    // The first request still wins by default: it waits for staff, and the second partner holds nothing.
    const pins = await relay.deps.db.selectFrom('pins').select(['partner_id', 'state']).where('account_number', '=', accountNumber).execute()
    expect(pins).toEqual([{ partner_id: first.id, state: 'requested' }])
    const audit = await relay.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'pin.interest-recorded').execute()
    expect(audit.filter((row) => row.entity_id === requested.body.pin.id)).toHaveLength(1)
  })

  test('a client already pinned, or unknown, records no interest: only an undecided request does (AT-1.2a)', async () => {
    const first = await relay.partner()
    const second = await relay.partner()
    const vendor = await relay.vendor()
    const accountNumber = await registerClient(first)
    const { body } = await first.call('POST', '/v1/pins', { accountNumber })
    await vendor.call('POST', `/v1/pins/${body.pin.id}/approve`, {})
    const before = await interestRows()
    const pinned = await second.call('POST', '/v1/pins', { accountNumber })
    expect(pinned.body.error).toMatchObject({ code: 'pin_conflict', details: { reason: 'pinned-to-other' } })
    expect((await second.call('POST', '/v1/pins', { accountNumber: '99999999' })).body.error.code).toBe('not_found')
    expect(await interestRows()).toEqual(before)
  })
})

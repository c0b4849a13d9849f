import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Crm, type RelayUnderTest, startRelay, validInn } from './support/relay-under-test'
import { auditOf, snapshot } from './support/snapshot'

let relay: RelayUnderTest
let vendor: Crm
beforeAll(async () => {
  relay = await startRelay({ at: '2026-04-27T10:00:00+03:00' })
  vendor = await relay.vendor()
})
afterAll(() => relay.close())

const tables = async () => ({
  ...(await snapshot(relay)),
  installations: await relay.deps.db.selectFrom('installations').selectAll().orderBy('id').execute(),
  linkCodes: await relay.deps.db.selectFrom('link_codes').selectAll().orderBy('code').execute(),
  outbox: await relay.deps.db.selectFrom('outbox').select('id').orderBy('id').execute(),
})
const outboxOf = (kind: string) => relay.deps.db.selectFrom('outbox').select(['to_email', 'subject', 'body']).where('kind', '=', kind).execute()

const newPartner = {
  name: 'ООО «Север Интеграция»',
  inn: '7736207543',
  kpp: '773601001',
  ogrn: '1027700132195',
  address: 'Москва, ул. Льва Толстого, 16',
  email: 'north@example.ru',
  countries: ['RU', 'KZ'],
  currentDiscountBps: 2500,
}

describe('vendor staff create a partner from their CRM (issue 10)', () => {
  test('creates it with its particulars, countries and discount, and audits it', async () => {
    const answer = await vendor.call('POST', '/v1/partner-directory', newPartner, { 'idempotency-key': 'create-north' })
    expect(answer.status).toBe(201)
    expect(answer.body.partner).toMatchObject({ ...newPartner, state: 'active', status: 'partner' })
    const [audit] = await auditOf(relay, 'partner.created').then((rows) => rows.filter((row) => row.entity_id === answer.body.partner.id))
    expect(audit.actor_kind).toBe('vendor')
  })

  test.each([
    { label: 'an INN whose check digits do not match', body: { ...newPartner, inn: '7736207544' }, field: 'inn' },
    { label: 'an INN of 11 digits', body: { ...newPartner, inn: '77362075430' }, field: 'inn' },
    { label: 'an OGRN whose check digit does not match', body: { ...newPartner, inn: validInn(900), ogrn: '1027700132196' }, field: 'ogrn' },
    { label: 'a KPP of letters only', body: { ...newPartner, inn: validInn(901), kpp: 'ABCDEFGHI' }, field: 'kpp' },
    { label: 'a NUL byte in the name', body: { ...newPartner, inn: validInn(902), name: 'ООО\u0000«Ноль»' }, field: null },
    { label: 'an e-mail without @', body: { ...newPartner, inn: validInn(903), email: 'north.example.ru' }, field: 'email' },
  ])('refuses $label with 400 and changes nothing', async ({ body, field }) => {
    const before = await tables()
    const answer = await vendor.call('POST', '/v1/partner-directory', body)
    expect(answer.status).toBe(400)
    if (field) expect(answer.body.error.details.fields.map((f: { path: string }) => f.path)).toContain(field)
    expect(await tables()).toEqual(before)
  })

  test('refuses a second partner with the same INN (inn_taken, 409), naming the first, and changes nothing', async () => {
    const before = await tables()
    const answer = await vendor.call('POST', '/v1/partner-directory', { ...newPartner, name: 'ООО «Двойник»' })
    expect(answer.status).toBe(409)
    expect(answer.body.error).toMatchObject({ code: 'inn_taken', details: { partnerName: newPartner.name, fields: [{ path: 'inn', reason: 'inn_taken' }] } })
    expect(await tables()).toEqual(before)
  })

  test("a partner's own CRM cannot use the directory (403)", async () => {
    const partner = await relay.partner()
    expect((await partner.call('GET', '/v1/partner-directory')).status).toBe(403)
    expect((await partner.call('POST', '/v1/partner-directory', { ...newPartner, inn: validInn(904) })).status).toBe(403)
    expect((await partner.call('GET', `/v1/partners/${partner.id}/installations`)).status).toBe(403)
  })
})

describe('vendor staff edit a partner with a reason kept in the audit trail (issue 10, X-4)', () => {
  test('changes the particulars and the discount; the audit keeps before, after and the reason', async () => {
    const { id, partner } = await relay.partner({ name: 'ООО «Старое имя»' })
    const body = {
      name: 'ООО «Новое имя»',
      inn: partner.inn,
      email: 'new@example.ru',
      ogrn: '1027700132195',
      currentDiscountBps: 3000,
      reason: 'Смена наименования, письмо от 20.04.2026',
    }
    const answer = await vendor.call('PUT', `/v1/partners/${id}`, body, { 'idempotency-key': `edit-${id}` })
    expect(answer.status).toBe(200)
    expect(answer.body.partner).toMatchObject({ name: 'ООО «Новое имя»', email: 'new@example.ru', ogrn: '1027700132195', currentDiscountBps: 3000, kpp: null })
    const audit = (await auditOf(relay, 'partner.updated')).find((row) => row.entity_id === id)
    expect(audit).toMatchObject({
      reason: body.reason,
      before: { name: 'ООО «Старое имя»', email: 'p@example.ru', ogrn: null, currentDiscountBps: null },
      after: { name: 'ООО «Новое имя»', email: 'new@example.ru', ogrn: '1027700132195', currentDiscountBps: 3000 },
    })
    expect(Object.keys(audit?.before ?? {})).not.toContain('inn')
  })

  test.each([
    { label: 'without a reason', edit: { reason: undefined }, status: 400 },
    { label: 'with a blank reason', edit: { reason: '   ' }, status: 400 },
    { label: 'with a bad INN checksum', edit: { inn: '7707083894' }, status: 400 },
    { label: 'with the INN of another partner', edit: { inn: newPartner.inn }, status: 409 },
    { label: 'that changes nothing', edit: {}, status: 409 },
  ])('refuses an edit $label and changes nothing', async ({ edit, status }) => {
    const { id, partner } = await relay.partner()
    const before = await tables()
    const body = { name: partner.name, inn: partner.inn, email: partner.email, reason: 'Проверка', ...edit }
    const answer = await vendor.call('PUT', `/v1/partners/${id}`, body)
    expect(answer.status).toBe(status)
    expect(await tables()).toEqual(before)
  })

  test('an unknown partner is 404', async () => {
    const answer = await vendor.call('PUT', '/v1/partners/no-such-partner', { name: 'X', inn: validInn(905), email: 'x@example.ru', reason: 'Проверка' })
    expect(answer.status).toBe(404)
  })

  test('the admin API edits the same way', async () => {
    const { id, partner } = await relay.partner()
    const answer = await relay.admin('PUT', `/v1/admin/partners/${id}`, { name: partner.name, inn: partner.inn, email: 'admin-edit@example.ru', reason: 'CLI' })
    expect(answer.status).toBe(200)
    expect(answer.body.partner.email).toBe('admin-edit@example.ru')
  })
})

describe('link codes from the CRM, shown and e-mailed through the outbox (issue 10)', () => {
  test("a partner's code is shown with its expiry and queued to the partner's e-mail", async () => {
    const { id } = await relay.partner({ email: 'codes@example.ru' })
    const answer = await vendor.call('POST', '/v1/link-codes', { partnerId: id, sendEmail: true }, { 'idempotency-key': `code-${id}` })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({
      code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
      expiresAt: '2026-05-04T07:00:00.000Z',
      emailedTo: 'codes@example.ru',
    })
    const mail = (await outboxOf('link-code.issued')).find((row) => row.to_email === 'codes@example.ru')
    expect(mail?.body).toContain(answer.body.code)
    expect(mail?.body).toContain('до 4 мая 2026 г. включительно')
    const linked = await relay.amo('9100').call('POST', '/v1/installations', { code: answer.body.code })
    expect(linked.status).toBe(201)
    expect(linked.body.installation).toMatchObject({ role: 'partner', partnerId: id })
  })

  test('a code only shown queues nothing; a staff code goes to the address given and links a staff account', async () => {
    const { id } = await relay.partner()
    const mails = (await outboxOf('link-code.issued')).length
    const shown = await vendor.call('POST', '/v1/link-codes', { partnerId: id })
    expect(shown.body.emailedTo).toBeNull()
    expect(await outboxOf('link-code.issued')).toHaveLength(mails)
    const staff = await vendor.call('POST', '/v1/link-codes', { role: 'vendor', email: 'manager@vendor.example' })
    expect(staff.body.emailedTo).toBe('manager@vendor.example')
    const linked = await relay.amo('9101').call('POST', '/v1/installations', { code: staff.body.code })
    expect(linked.body.installation.role).toBe('vendor')
  })

  test.each([
    { label: 'an unknown partner', body: { partnerId: 'no-such-partner' }, status: 404 },
    { label: 'both a partner and the vendor role', body: { partnerId: 'x', role: 'vendor' }, status: 400 },
    { label: 'a staff code to a malformed e-mail', body: { role: 'vendor', email: 'nobody' }, status: 400 },
  ])('refuses a code for $label and issues nothing', async ({ body, status }) => {
    const before = await tables()
    expect((await vendor.call('POST', '/v1/link-codes', body)).status).toBe(status)
    expect(await tables()).toEqual(before)
  })
})

describe('installations: listed per partner and revoked (issue 10)', () => {
  const linkAnother = async (partnerId: string, account: string) => {
    const code = await vendor.call('POST', '/v1/link-codes', { partnerId })
    expect((await relay.amo(account).call('POST', '/v1/installations', { code: code.body.code })).status).toBe(201)
    return relay.amo(account)
  }

  test('a partner with two CRM accounts: both listed with link time and last seen; one revoked is refused on its next request, the other works', async () => {
    const first = await relay.partner()
    const second = await linkAnother(first.id, '9200')
    expect((await first.call('GET', '/v1/me')).status).toBe(200)
    expect((await second.call('GET', '/v1/me')).status).toBe(200)
    const list = await vendor.call('GET', `/v1/partners/${first.id}/installations`)
    expect(list.status).toBe(200)
    expect(list.body.installations).toHaveLength(2)
    for (const installation of list.body.installations) {
      expect(installation).toMatchObject({ crm: 'amocrm', linkedAt: expect.any(String), revokedAt: null })
    }
    // "Last seen" is written beside the request, not in it: wait for it to land.
    await expect
      .poll(async () =>
        (await vendor.call('GET', `/v1/partners/${first.id}/installations`)).body.installations.every((i: { lastSeenAt: string | null }) => i.lastSeenAt),
      )
      .toBe(true)
    const target = list.body.installations.find((installation: { account: string }) => installation.account === '9200')

    const revoked = await vendor.call(
      'POST',
      `/v1/partners/${first.id}/installations/${target.id}/revoke`,
      { reason: 'Сотрудник уволился' },
      { 'idempotency-key': `revoke-${target.id}` },
    )
    expect(revoked.status).toBe(200)
    expect(revoked.body.installation).toMatchObject({ id: target.id, revokedReason: 'Сотрудник уволился', revokedAt: '2026-04-27T07:00:00.000Z' })
    const refused = await second.call('GET', '/v1/me')
    expect(refused.status).toBe(401)
    expect(refused.body.error.code).toBe('installation_revoked')
    expect((await first.call('GET', '/v1/me')).status).toBe(200)
    const [audit] = (await auditOf(relay, 'installation.revoked')).filter((row) => row.entity_id === target.id)
    expect(audit).toMatchObject({ reason: 'Сотрудник уволился', actor_kind: 'vendor' })

    // A new code links the account again.
    const code = await vendor.call('POST', '/v1/link-codes', { partnerId: first.id })
    expect((await second.call('POST', '/v1/installations', { code: code.body.code })).status).toBe(201)
    expect((await second.call('GET', '/v1/me')).status).toBe(200)
  })

  test('revoking twice is refused (409) and changes nothing', async () => {
    const partner = await relay.partner()
    const [installation] = (await vendor.call('GET', `/v1/partners/${partner.id}/installations`)).body.installations
    const path = `/v1/partners/${partner.id}/installations/${installation.id}/revoke`
    expect((await vendor.call('POST', path, { reason: 'Портал продан' })).status).toBe(200)
    const before = await tables()
    const again = await vendor.call('POST', path, { reason: 'Ещё раз' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('invalid_state')
    expect(await tables()).toEqual(before)
  })

  test("revoking another partner's installation through this partner is 404 and changes nothing", async () => {
    const one = await relay.partner()
    const other = await relay.partner()
    const [installation] = (await vendor.call('GET', `/v1/partners/${other.id}/installations`)).body.installations
    const before = await tables()
    const answer = await vendor.call('POST', `/v1/partners/${one.id}/installations/${installation.id}/revoke`, { reason: 'Ошибка' })
    expect(answer.status).toBe(404)
    expect(await tables()).toEqual(before)
    expect((await other.call('GET', '/v1/me')).status).toBe(200)
  })

  test.each([
    { label: 'without a reason', body: {} },
    { label: 'with a NUL byte in the reason', body: { reason: 'Уволен\u0000' } },
  ])('refuses a revocation $label (400) and changes nothing', async ({ body }) => {
    const partner = await relay.partner()
    const [installation] = (await vendor.call('GET', `/v1/partners/${partner.id}/installations`)).body.installations
    const before = await tables()
    expect((await vendor.call('POST', `/v1/partners/${partner.id}/installations/${installation.id}/revoke`, body)).status).toBe(400)
    expect(await tables()).toEqual(before)
  })

  test('the admin API lists and revokes the same way', async () => {
    const partner = await relay.partner()
    const list = await relay.admin('GET', `/v1/admin/partners/${partner.id}/installations`)
    const [installation] = list.body.installations
    const answer = await relay.admin('POST', `/v1/admin/partners/${partner.id}/installations/${installation.id}/revoke`, { reason: 'CLI' })
    expect(answer.status).toBe(200)
    expect((await partner.call('GET', '/v1/me')).body.error.code).toBe('installation_revoked')
  })
})

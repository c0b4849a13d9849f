import { expect, test } from 'vitest'
import { amocrmAccountHost } from './amocrm-account-host'

test.each([
  { label: 'an amocrm.ru account', referer: 'partner.amocrm.ru', result: { ok: true, host: 'partner.amocrm.ru' } },
  { label: 'a Kommo account, written in capitals', referer: 'Partner.Kommo.com', result: { ok: true, host: 'partner.kommo.com' } },
  { label: 'an amocrm.com account', referer: 'partner.amocrm.com', result: { ok: true, host: 'partner.amocrm.com' } },
  { label: 'a look-alike zone', referer: 'partner.amocrm.ru.evil.example', result: { ok: false, reason: 'not-amocrm' } },
  { label: 'a zone suffix without a dot', referer: 'partneramocrm.ru', result: { ok: false, reason: 'not-amocrm' } },
  { label: 'a deeper name under the zone', referer: 'x.partner.amocrm.ru', result: { ok: false, reason: 'not-amocrm' } },
  { label: 'a port', referer: 'partner.amocrm.ru:8443', result: { ok: false, reason: 'not-amocrm' } },
  { label: 'a path', referer: 'partner.amocrm.ru/x', result: { ok: false, reason: 'not-amocrm' } },
  { label: 'loopback', referer: '127.0.0.1', result: { ok: false, reason: 'not-amocrm' } },
  { label: 'another amoCRM account than the linked one', referer: 'other.amocrm.ru', result: { ok: false, reason: 'other-account' } },
])('referer: $label (issue 12)', ({ referer, result }) => {
  expect(amocrmAccountHost(referer, 'partner')).toEqual(result)
})

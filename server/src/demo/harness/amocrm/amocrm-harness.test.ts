import { zipSync } from 'fflate'
import { decodeJwt } from 'jose'
import { expect, test } from 'vitest'
import { createAmocrmVerifier } from '../../../http/auth/create-amocrm-verifier'
import { signDisposableToken } from '../../sign-disposable-token'
import { readWidgetArchive } from './widget-archive'

const INTEGRATION = { clientId: '0b7c9e2a-4d1f-4e3a-9b8c-7d6e5f4a3b2c', clientSecret: 'harness-secret', redirectUri: 'https://relay.example.com/amocrm/oauth' }
const ISSUED = new Date('2026-04-30T09:00:00Z')

test("the harness's disposable token carries amoCRM's claims and passes the relay's own check", async () => {
  const token = await signDisposableToken(INTEGRATION, { accountId: 31500002, userId: 11, subdomain: 'alpha', isAdmin: true }, ISSUED)
  expect(decodeJwt(token)).toMatchObject({
    iss: 'https://alpha.amocrm.ru',
    aud: 'https://relay.example.com',
    account_id: 31500002,
    user_id: 11,
    subdomain: 'alpha',
    client_uuid: INTEGRATION.clientId,
    is_admin: true,
    iat: ISSUED.getTime() / 1000,
    exp: ISSUED.getTime() / 1000 + 1800,
  })
  const verify = createAmocrmVerifier(INTEGRATION, () => new Date(ISSUED.getTime() + 25 * 60_000))
  expect(await verify(token)).toEqual({ crm: 'amocrm', account: '31500002', userId: '11', domain: 'alpha' })
})

const bytes = (text: string) => new TextEncoder().encode(text)
const manifest = JSON.stringify({ widget: { name: 'widget.name', version: '1.0.0', locale: ['ru'] }, locations: ['comcard-1'] })

test.each<{ label: string; files: Record<string, Uint8Array>; error: RegExp | null }>([
  {
    label: 'an archive with the manifest at its root is read',
    files: { 'manifest.json': bytes(manifest), 'i18n/ru.json': bytes('{"widget":{"name":"W"}}'), 'images/logo.png': bytes('png') },
    error: null,
  },
  {
    label: 'a wrapper folder is refused, as amoCRM refuses it',
    files: { 'widget/manifest.json': bytes(manifest), 'widget/i18n/ru.json': bytes('{}'), 'widget/images/logo.png': bytes('png') },
    error: /manifest\.json, i18n\/, images\//,
  },
  { label: 'an archive without images is refused', files: { 'manifest.json': bytes(manifest), 'i18n/ru.json': bytes('{}') }, error: /images\// },
])('$label', ({ files, error }) => {
  const read = () => readWidgetArchive(zipSync(files))
  if (error) expect(read).toThrow(error)
  else expect(read().i18n.ru).toEqual({ widget: { name: 'W' } })
})

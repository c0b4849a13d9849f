import { randomBytes } from 'node:crypto'
import { expect, test } from 'vitest'
import { readConfig } from './read-config'

const KEY = randomBytes(32)

test.each([
  { label: 'base64', value: KEY.toString('base64') },
  { label: 'base64 without padding', value: KEY.toString('base64').replace(/=$/, '') },
  { label: 'hex', value: KEY.toString('hex') },
])('RELAY_SECRET_KEY as $label is the 32-byte key (issue 12)', ({ value }) => {
  expect(readConfig({ RELAY_SECRET_KEY: value }).secretKeys?.current.equals(KEY)).toBe(true)
})

test.each([
  { label: 'a passphrase', env: { RELAY_SECRET_KEY: 'correct horse battery staple' } },
  { label: '16 bytes', env: { RELAY_SECRET_KEY: randomBytes(16).toString('hex') } },
  { label: 'a previous key without a current one', env: { RELAY_SECRET_KEY_PREVIOUS: KEY.toString('hex') } },
  { label: 'a Bitrix24 client id without its secret', env: { B24_CLIENT_ID: 'local.1' } },
  { label: 'a non-http OAuth server', env: { B24_OAUTH_URL: 'ftp://oauth.example' } },
])('$label stops the start, naming the variable', ({ env }) => {
  expect(() => readConfig(env)).toThrow(/RELAY_SECRET_KEY|B24_/)
})

test("without settings the relay holds no tokens and refreshes through Bitrix24's own OAuth server", () => {
  const config = readConfig({})
  expect(config.secretKeys).toBeUndefined()
  expect(config.bitrix24OAuth).toEqual({ url: 'https://oauth.bitrix.info', client: undefined })
})

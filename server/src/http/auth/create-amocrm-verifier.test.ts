import * as jose from 'jose'
import { beforeEach, expect, test, vi } from 'vitest'
import { AMOCRM_CONFIG, signAmocrmToken } from '../test-support/sign-amocrm-token'
import { createAmocrmVerifier } from './create-amocrm-verifier'

vi.mock('jose', async (importOriginal) => {
  const original = await importOriginal<typeof import('jose')>()
  return { ...original, jwtVerify: vi.fn(original.jwtVerify) }
})

const ISSUED = new Date('2026-04-30T09:00:00Z')
const at = (secondsAfterIssue: number) => new Date(ISSUED.getTime() + secondsAfterIssue * 1000)

const setup = async () => {
  const clock = { now: ISSUED }
  const verify = createAmocrmVerifier(AMOCRM_CONFIG, () => clock.now)
  return { clock, verify, token: await signAmocrmToken({ issuedAt: ISSUED }) }
}

beforeEach(() => {
  vi.mocked(jose.jwtVerify).mockClear()
})

test('a token sent again is not verified again', async () => {
  const { clock, verify, token } = await setup()
  const first = await verify(token)
  clock.now = at(1200)
  expect(await verify(token)).toEqual(first)
  expect(first).toEqual({ crm: 'amocrm', account: '31234567', userId: '8765432', domain: 'example' })
  expect(jose.jwtVerify).toHaveBeenCalledTimes(1)
})

test.each([
  { label: 'is accepted 59 s after its expiry, within the leeway', seconds: 1800 + 59, message: null },
  { label: 'is refused 60 s after its expiry, as on its first check', seconds: 1800 + 60, message: 'expired' },
])('a remembered token $label', async ({ seconds, message }) => {
  const { clock, verify, token } = await setup()
  await verify(token)
  clock.now = at(seconds)
  if (message) await expect(verify(token)).rejects.toThrow(message)
  else await expect(verify(token)).resolves.toMatchObject({ account: '31234567' })
})

test('a clock set back before the first check verifies the token again', async () => {
  const { clock, verify, token } = await setup()
  await verify(token)
  clock.now = at(-61)
  await expect(verify(token)).rejects.toThrow('not valid yet')
  expect(jose.jwtVerify).toHaveBeenCalledTimes(2)
})

test('a refused token is never remembered', async () => {
  const { verify } = await setup()
  const forged = await signAmocrmToken({ issuedAt: ISSUED, secret: 'not-the-client-secret' })
  await expect(verify(forged)).rejects.toThrow('signature')
  await expect(verify(forged)).rejects.toThrow('signature')
  expect(jose.jwtVerify).toHaveBeenCalledTimes(2)
})

import { expect, test } from 'vitest'
import { createLogger } from './create-logger'

test('secrets in logged objects are redacted at any of the first levels (issue 12)', () => {
  const lines: string[] = []
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) })
  logger.info(
    { access_token: 'tok-a', grant: { refresh_token: 'tok-r' }, req: { headers: { authorization: 'Bearer tok-b', 'x-auth-token': 'tok-x' } } },
    'token answer',
  )
  logger.info({ body: { accessToken: 'tok-d', client_secret: 'tok-s' }, err: { code: 'ECONNREFUSED' }, installationId: 'kept' }, 'callback')
  const text = lines.join('\n')
  for (const secret of ['tok-a', 'tok-r', 'tok-b', 'tok-x', 'tok-d', 'tok-s']) expect(text).not.toContain(secret)
  expect(text).toContain('kept')
  expect(text).toContain('ECONNREFUSED')
  expect(text).toContain('[redacted]')
})

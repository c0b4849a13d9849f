import path from 'node:path'
import { expect, test } from 'vitest'
import { readConfig } from './config'
import { describeRelay } from './describe-relay'

test.each([
  { label: 'the demo on its own directory', env: {}, summary: `demo mode, PGlite in ${path.resolve('data/demo')}, program atrealt` },
  { label: 'production on PGlite', env: { DEMO: '0' }, summary: `production mode, PGlite in ${path.resolve('data/production')}, program atrealt` },
  {
    label: 'production on PostgreSQL, without the password',
    env: { DATABASE_URL: 'postgres://relay:s3cret@db:5432/relay' },
    summary: 'production mode, PostgreSQL postgres://relay@db:5432/relay, program atrealt',
  },
])('the start log names $label', ({ env, summary }) => {
  const described = describeRelay(readConfig(env), 'atrealt')
  expect(described.summary).toBe(summary)
  expect(JSON.stringify(described.fields)).not.toContain('s3cret')
})

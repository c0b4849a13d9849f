import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { checkLegacyDataDir } from './legacy-data-dir'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const checkout = (hasLegacyDatabase: boolean) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relay-checkout-'))
  dirs.push(dir)
  if (hasLegacyDatabase) {
    mkdirSync(path.join(dir, 'data'))
    writeFileSync(path.join(dir, 'data', 'PG_VERSION'), '17\n')
  }
  return dir
}

test.each([
  { label: 'a start on the defaults beside a database in ./data stops and says what to do', env: {}, legacy: true, stops: true },
  { label: 'DATA_DIR=./data keeps using it', env: { DATA_DIR: './data' }, legacy: true, stops: false },
  { label: 'PostgreSQL never looks at ./data', env: { DATABASE_URL: 'postgres://relay@db/relay' }, legacy: true, stops: false },
  { label: 'a fresh checkout starts', env: {}, legacy: false, stops: false },
])('$label', ({ env, legacy, stops }) => {
  const check = () => checkLegacyDataDir(env, checkout(legacy))
  if (stops) expect(check).toThrow(/set DATA_DIR=\.\/data/)
  else expect(check).not.toThrow()
})

import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { DataDirInUseError, dataDirOwner, lockDataDir } from './data-dir-lock'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const dataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relay-lock-'))
  dirs.push(dir)
  return dir
}

test('a second holder is refused with the pid of the first, and gets it once released', async () => {
  const dir = dataDir()
  const lock = await lockDataDir(dir)
  await expect(lockDataDir(dir)).rejects.toThrow(new DataDirInUseError(dir, process.pid))
  expect(await dataDirOwner(dir)).toEqual({ pid: process.pid })
  await lock.release()
  expect(await dataDirOwner(dir)).toBeNull()
  await (await lockDataDir(dir)).release()
})

test.runIf(process.platform === 'linux')('probers that hang up at once leave the holder running and answering', async () => {
  const dir = dataDir()
  const lock = await lockDataDir(dir)
  const address = `\0partner-relay-${createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32)}`
  for (let i = 0; i < 50; i++)
    net
      .connect(address)
      .on('error', () => {})
      .destroy()
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(await dataDirOwner(dir)).toEqual({ pid: process.pid })
  await lock.release()
})

test('other directories are not affected', async () => {
  const [one, two] = [await lockDataDir(dataDir()), await lockDataDir(dataDir())]
  await Promise.all([one.release(), two.release()])
})

test('a holder killed with SIGKILL leaves no stale lock behind', { timeout: 30_000 }, async () => {
  const dir = dataDir()
  const code = `import { lockDataDir } from ${JSON.stringify(path.resolve(__dirname, 'data-dir-lock.ts'))}
await lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000)`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve) => child.stdout.on('data', (chunk) => String(chunk).includes('locked') && resolve()))
  await expect(lockDataDir(dir)).rejects.toThrow(DataDirInUseError)
  child.kill('SIGKILL')
  await new Promise((resolve) => child.once('exit', resolve))
  await (await lockDataDir(dir)).release()
})

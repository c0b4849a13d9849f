// `npm run check`, the gate: typecheck, lint, format check, import boundaries, the OpenAPI lint, then `npm test`. Every step
// runs even after one fails, so one run shows every problem. The last line sums the tests and counts each
// failed step as one more failure; the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SUMMARY = path.join(ROOT, 'test', 'artifacts', 'reports', 'summary.json')
const STEPS = ['typecheck', 'lint', 'format:check', 'lint:boundaries', 'lint:openapi']

const run = (script) => {
  console.log(`\n== npm run ${script}`)
  const started = Date.now()
  const { status } = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit' })
  console.log(`== ${script}: ${status === 0 ? 'ok' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`)
  return status === 0
}

const failedSteps = STEPS.filter((script) => !run(script))

rmSync(SUMMARY, { force: true })
const isTestRunOk = run('test')
const tests = existsSync(SUMMARY) ? JSON.parse(readFileSync(SUMMARY, 'utf8')) : { passed: 0, failed: 1 }
if (!isTestRunOk && tests.failed === 0) tests.failed = 1

if (failedSteps.length > 0) console.error(`\ncheck: ${failedSteps.join(', ')} failed (each counted as one failure below)`)
const failed = tests.failed + failedSteps.length
console.log(`${tests.passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)

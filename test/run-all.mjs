// `npm test`: the unit tests, then the browser tests, then one line that sums both. Without Chromium the
// browser tests cannot run, which fails the run: a missing browser never passes for a green suite.
// `--e2e` runs the browser tests alone (`npm run test:e2e`), `--unit` the rest alone (CI's PostgreSQL and
// Node version passes). Exits non-zero on any failure; the counts also go to test/artifacts/reports/summary.json.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const REPORTS = path.join(ROOT, 'test', 'artifacts', 'reports')
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs')
const CHROMIUM = '/usr/bin/chromium'
const isE2eOnly = process.argv.includes('--e2e')
const isUnitOnly = process.argv.includes('--unit')

/** Runs one vitest project and reads its counts from the JSON reporter. */
const runVitest = (name, args) => {
  const report = path.join(REPORTS, `${name}.json`)
  rmSync(report, { force: true })
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  const { status } = spawnSync(process.execPath, [VITEST, 'run', ...args, ...reporters], { cwd: ROOT, stdio: 'inherit' })
  const counts = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : {}
  const passed = counts.numPassedTests ?? 0
  let failed = counts.numFailedTests ?? 0
  if (status !== 0 && failed === 0) {
    // A file that failed to load, or a setup that threw, fails no single test: count the run itself.
    console.error(`${name}: vitest exited with ${status} but no test failed: counted as one failure (see above)`)
    failed = 1
  }
  return { passed, failed }
}

/** The browser tests drive the built widgets, so they build first. The size budget is the build's own check, not theirs. */
const runE2e = () => {
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, BUDGET_WARN_ONLY: '1' } })
  if (status !== 0) {
    console.error('e2e: `npm run build` failed: browser tests not run')
    return { passed: 0, failed: 1 }
  }
  return runVitest('e2e', ['-c', 'test/e2e/vitest.e2e.config.ts'])
}

const browserMissing = () => {
  const line = '='.repeat(96)
  console.error(`\n${line}\n  END-TO-END TESTS NOT RUN: ${CHROMIUM} not found, counted as one failure.`)
  console.error(`  Install it with: apt-get install -y chromium — or run \`node test/run-all.mjs --unit\` for the rest alone.\n${line}\n`)
  return { passed: 0, failed: 1 }
}

mkdirSync(REPORTS, { recursive: true })
const results = [...(isE2eOnly ? [] : [runVitest('unit', [])]), ...(isUnitOnly ? [] : [existsSync(CHROMIUM) ? runE2e() : browserMissing()])]
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
writeFileSync(path.join(REPORTS, 'summary.json'), JSON.stringify({ passed, failed }))
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)

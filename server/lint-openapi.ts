// `npm run lint:openapi`: writes the OpenAPI document the relay serves (no server needed) to a
// temporary file and lints it with Redocly's recommended rules. Any error or warning fails.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildOpenApi } from './src/http/openapi'

type Problem = { ruleId: string; severity: string; message: string; location: { pointer: string }[] }
type Report = { totals: { errors: number; warnings: number }; problems: Problem[] }

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = mkdtempSync(path.join(tmpdir(), 'relay-openapi-'))
const file = path.join(dir, 'openapi.json')
try {
  const doc = buildOpenApi({ publicUrl: process.env.PUBLIC_URL }) as { paths: object }
  writeFileSync(file, JSON.stringify(doc, null, 2))
  const { stdout, stderr, status } = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'redocly'),
    ['lint', '--extends=recommended', '--format=json', file],
    // No telemetry and no update check: a lint must not call out.
    { cwd: dir, encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  )
  const start = stdout.indexOf('{')
  if (start < 0) {
    console.error(stderr || stdout)
    process.exit(status || 1)
  }
  const report = JSON.parse(stdout.slice(start)) as Report
  for (const { severity, ruleId, message, location } of report.problems) {
    console.log(`${severity.padEnd(5)} ${ruleId}  ${location[0]?.pointer ?? ''}  ${message}`)
  }
  const { errors, warnings } = report.totals
  console.log(`OpenAPI (${Object.keys(doc.paths).length} paths), Redocly recommended: ${errors} errors, ${warnings} warnings`)
  process.exitCode = errors + warnings > 0 ? 1 : 0
} finally {
  rmSync(dir, { recursive: true, force: true })
}

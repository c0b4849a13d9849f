// `npm start` serves the built widgets and the demo: build them first when a fresh checkout has none.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const built = [path.join(ROOT, 'widget-amocrm', 'dist', 'widget.zip'), path.join(ROOT, 'widget-bitrix24', 'dist', 'card.html')].every((file) =>
  existsSync(file),
)

if (!built) {
  console.log('Building the widgets once (npm run build)…')
  // The size budget is the build's own gate for releases; a local start should not stop on it.
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, BUDGET_WARN_ONLY: '1' } })
  if (status !== 0) process.exit(status ?? 1)
}

import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from 'playwright-core'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Screenshots and downloads of a run; the folder is not committed. */
export const ARTIFACTS_DIR = path.join(ROOT, 'test', 'artifacts')
const DOCS_DIR = path.join(ROOT, 'docs', 'screenshots')

type ShotOptions = { forDocs?: boolean }

/**
 * Saves a screenshot (of a page, or one element) as test/artifacts/screenshots/<name>.png, without
 * the CRM's passing notifications. With UPDATE_DOC_SCREENSHOTS=1, the ones meant for the README
 * are copied to docs/screenshots/ as well.
 */
export const screenshot = async (target: Page | Locator, name: string, { forDocs = false }: ShotOptions = {}) => {
  const dir = path.join(ARTIFACTS_DIR, 'screenshots')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  const page = 'goto' in target ? target : target.page()
  await page.addStyleTag({ content: '.harness-toasts { display: none !important; }' })
  await target.screenshot({ path: file, ...('goto' in target ? { fullPage: true } : {}) })
  if (forDocs && process.env.UPDATE_DOC_SCREENSHOTS === '1') {
    mkdirSync(DOCS_DIR, { recursive: true })
    copyFileSync(file, path.join(DOCS_DIR, `${name}.png`))
  }
  return file
}

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0

/**
 * The text of a downloaded PDF by poppler's pdftotext, or null where it is not installed
 * (`apt-get install poppler-utils`); throws when the file is not a PDF at all.
 */
export const pdfText = (file: string): string | null => {
  if (readFileSync(file).subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`${file} is not a PDF`)
  return hasPdftotext ? execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) : null
}

import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Whether poppler's pdftotext is installed: text tests are skipped without it. */
export const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0

/**
 * The PDF's text, whitespace collapsed so wrapped phrases still match. `layout` keeps table
 * rows on one line; `raw` keeps the order of drawing, which keeps rotated text together.
 */
export const pdfToText = (pdf: Buffer, mode: 'layout' | 'raw' = 'layout'): string => {
  const dir = mkdtempSync(join(tmpdir(), 'document-'))
  try {
    writeFileSync(join(dir, 'document.pdf'), pdf)
    return execFileSync('pdftotext', [`-${mode}`, join(dir, 'document.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { CertificateDocument } from './certificate-document'
import { renderCertificatePdf } from './render-certificate-pdf'

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0

const certificate: CertificateDocument = {
  number: '7707083893-2026',
  vendor: { name: 'ООО «Агат РТ»', website: 'https://agatrt.ru', signatory: { title: 'Генеральный директор', name: 'Петров П. П.' } },
  partner: { name: 'ООО «Партнёр»', inn: '7707083893' },
  programName: 'Партнёрская программа Агат РТ',
  statusName: 'Авторизованный партнёр',
  authorizedOn: '2026-05-14',
  validUntil: '2027-01-31',
  issuedOn: '2026-05-14',
}

const textOf = (pdf: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'certificate-'))
  try {
    writeFileSync(join(dir, 'c.pdf'), pdf)
    return execFileSync('pdftotext', [join(dir, 'c.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('renderCertificatePdf (AG-3.1)', () => {
  test('the same certificate always renders the same bytes', async () => {
    const [first, second] = await Promise.all([renderCertificatePdf(certificate), renderCertificatePdf(certificate)])
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(first.equals(second)).toBe(true)
  })

  test.runIf(hasPdftotext)('reads in Russian: the partner, the status and 31 January of the next year (AG-3.1)', async () => {
    const text = textOf(await renderCertificatePdf(certificate))
    expect(text).toContain('СЕРТИФИКАТ')
    expect(text).toContain('ООО «Партнёр»')
    expect(text).toContain('со статусом «Авторизованный партнёр»')
    expect(text).toContain('Сертификат действителен до 31 января 2027 г.')
  })
})

import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { readConfig } from '../src/config'
import { createRelay } from '../src/create-relay'
import type { Db } from '../src/store/create-db'

const ADMIN = 'bench-admin-token-0123456789'
const PARTNER_INN = '7707083893'

/** Windows-1251 bytes of a text of ASCII and Cyrillic, as Excel saves a CSV in a Russian locale. */
const windows1251 = (text: string) =>
  Buffer.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0)
      if (code < 0x80) return code
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
      if (char === 'ё') return 0xb8
      throw new Error(`no Windows-1251 byte for ${char}`)
    }),
  )

/** A clients file of `count` lines: each client pinned to one partner, with a paid term, as a vendor exports it. */
const clientsFile = (count: number) => {
  const lines = ['Лицевой счёт;Клиент;ИНН партнёра;Закреплён с;Продукт;Количество;Оплачено до']
  for (let i = 0; i < count; i += 1) {
    lines.push(`${70_000_000 + i};ООО Клиент ${i};${PARTNER_INN};01.03.2025;atrealt-amocrm;${1 + (i % 20)};28.02.2027`)
  }
  return windows1251(lines.join('\r\n')).toString('base64')
}

/**
 * Issue 10's budget: 10 000 client lines, each with its pin and paid term, imported in under 30 s.
 * Times the dry run and the import through the admin API, as the CLI sends them, then the same file
 * again (every line unchanged).
 */
export const benchImport = async (store: Db, count = 10_000) => {
  const config = readConfig({ RELAY_ADMIN_TOKEN: ADMIN, DEMO: '0' })
  const relay = await createRelay({ config, logger: pino({ level: 'silent' }), runJobs: false, store })
  const server = relay.app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const call = async (route: string, body: unknown) => {
    const response = await fetch(base + route, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify(body),
    })
    const json = await response.json()
    if (!response.ok) throw new Error(`${route}: ${JSON.stringify(json).slice(0, 500)}`)
    return json
  }
  const timed = async (route: string, body: unknown) => {
    const start = performance.now()
    const answer = await call(route, body)
    return { answer, seconds: (performance.now() - start) / 1000 }
  }
  try {
    await call('/v1/admin/partners', { name: 'ООО «Импорт»', inn: PARTNER_INN, email: 'import@example.ru' })
    const file = clientsFile(count)
    const preview = await timed('/v1/admin/imports/preview', { file })
    const applied = await timed('/v1/admin/imports', { file })
    const again = await timed('/v1/admin/imports', { file })
    if (applied.answer.summary.created !== count || again.answer.summary.unchanged !== count) {
      throw new Error(`import: ${JSON.stringify(applied.answer.summary)} then ${JSON.stringify(again.answer.summary)}`)
    }
    return { count, previewSeconds: preview.seconds, applySeconds: applied.seconds, againSeconds: again.seconds }
  } finally {
    await new Promise((resolve) => server.close(resolve))
    await relay.close()
  }
}

import nodemailer, { type Transporter } from 'nodemailer'
import pino from 'pino'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createTestDb } from '../../../test/support/test-db'
import { loadCalendars } from '../config/load-calendars'
import { loadProgram } from '../config/load-program'
import type { Deps } from '../services/deps'
import type { Db } from '../store/create-db'
import { deliverOutbox } from './deliver-outbox'

let store: Db
let deps: Deps
beforeEach(async () => {
  store = await createTestDb()
  deps = { db: store.db, program: loadProgram('atrealt'), calendars: loadCalendars('server/calendars', 'ru'), logger: pino({ level: 'silent' }) }
})
afterEach(() => store.close())

const queue = (to: string) =>
  store.db.insertInto('outbox').values({ kind: 'pin.released.client-request', to_email: to, subject: 'Клиент откреплён', body: 'п. 4.5' }).execute()

describe('outbox delivery (AT-4.5)', () => {
  test('sends each queued e-mail once through SMTP and marks it sent', async () => {
    // nodemailer's stream transport builds the real RFC 822 message without a server.
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
    await queue('owner@example.ru')
    expect(await deliverOutbox(deps, transport, 'relay@example.ru', new Date('2026-05-12T10:00:00Z'))).toBe(1)
    expect(await deliverOutbox(deps, transport, 'relay@example.ru', new Date('2026-05-12T10:01:00Z'))).toBe(0)
    const [row] = await store.db.selectFrom('outbox').selectAll().execute()
    expect(row).toMatchObject({ attempts: 1, last_error: null })
    expect(row.sent_at).toEqual(new Date('2026-05-12T10:00:00Z'))
  })

  test('a failed send keeps the error and is retried on the next pass', async () => {
    let fail = true
    const transport = {
      sendMail: async () => {
        if (fail) throw new Error('421 try later')
      },
    } as unknown as Transporter
    await queue('owner@example.ru')
    expect(await deliverOutbox(deps, transport, 'relay@example.ru', new Date())).toBe(0)
    expect((await store.db.selectFrom('outbox').select('last_error').executeTakeFirstOrThrow()).last_error).toContain('421')
    fail = false
    expect(await deliverOutbox(deps, transport, 'relay@example.ru', new Date())).toBe(1)
  })
})

import { createHash } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DEMO_DATA_DIR } from './src/config'

const HELP = `Partner Relay admin

Usage: npm run admin -- <command> [options]

Commands:
  partner:create   --name N --inn INN --email E [--kpp K] [--ogrn O] [--address A] [--countries RU,KZ]
                   [--status S] [--current-discount-bps 2500]
  partner:update   <partnerId> --name N --inn INN --email E [--kpp K] [--ogrn O] [--address A]
                   [--current-discount-bps 2500] --reason R
                   the partner's particulars as they should be (an optional one left out is cleared),
                   with the reason kept in the audit trail
  partner:list     [--q NAME_OR_INN] [--state active|restricted|expulsion_pending|expelled]
                   [--status S] [--limit 50] [--after <partnerId>]   a page of partners, by name
  link-code        --partner <partnerId> [--send-email]   one-time code linking a partner's CRM
                   account; --send-email queues it to the partner's e-mail
  link-code        --vendor [--email E]    one-time code linking a vendor staff CRM account
  installations    --partner <partnerId>   the partner's linked CRM accounts
  installation:revoke <installationId> --partner <partnerId> --reason R
                   the account's next request is refused (installation_revoked)
  report <name>    [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--partner <id>] [--lang en] [--out FILE]
                   a CSV report for the accountant (UTF-8 with BOM, «;»): invoices, overdue-transfers,
                   receivables, expelled-clients, ledger (needs --partner), pins; the current month
                   unless a period is given; written to FILE, else to name_from_to.csv
  import FILE      [--dry-run] [--kind partners|clients|invoices] [--lang en]
                   a CSV of partners, of clients with their pins and paid terms, or of historic
                   invoices (UTF-8 or Windows-1251, «;» or «,»): each line's outcome, then applied in
                   one transaction unless --dry-run; the kind comes from the header unless given
  calendar:check               each year's production calendar: final (its decree is in the file),
                               provisional, or missing for next year; exits 1 when one needs work

Embedded database (PGlite in DATA_DIR; on PostgreSQL use pg_dump and pg_restore, see the README):
  backup <file>    [--force]   the database as a .tar.gz: made by the running relay (admin API),
                               or, when no relay runs on DATA_DIR, read from DATA_DIR directly
  restore <file>   [--force]   into DATA_DIR, with no relay running on it; a database holding data
                               is replaced only with --force, and kept beside it, renamed
  tokens:reencrypt             seal the stored CRM tokens again under RELAY_SECRET_KEY, reading those
                               sealed under RELAY_SECRET_KEY_PREVIOUS (DATA_DIR, or DATABASE_URL)
  demo:clear                   empty a database that holds only the demo (DATA_DIR, or DATABASE_URL),
                               with no relay running on it

Options:
  --url URL        the relay (default: RELAY_URL or http://localhost:8787)
  --token T        admin token (default: RELAY_ADMIN_TOKEN, or the demo token in DATA_DIR/admin-token)
  --data-dir DIR   the PGlite data directory (default: DATA_DIR, else ./data/demo, or ./data/production with DEMO=0)
  --force          see backup and restore
  --json           print the relay's JSON answer as is
  -h, --help       this help
`

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    name: { type: 'string' },
    inn: { type: 'string' },
    email: { type: 'string' },
    kpp: { type: 'string' },
    ogrn: { type: 'string' },
    reason: { type: 'string' },
    q: { type: 'string' },
    state: { type: 'string' },
    limit: { type: 'string' },
    after: { type: 'string' },
    'send-email': { type: 'boolean' },
    address: { type: 'string' },
    countries: { type: 'string' },
    status: { type: 'string' },
    'current-discount-bps': { type: 'string' },
    partner: { type: 'string' },
    vendor: { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
    'data-dir': { type: 'string' },
    'dry-run': { type: 'boolean' },
    kind: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
})

const demoToken = () => {
  try {
    return readFileSync(path.join(process.env.DATA_DIR ?? DEMO_DATA_DIR, 'admin-token'), 'utf8').trim()
  } catch {
    return undefined
  }
}

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

const relayUrl = () => values.url ?? process.env.RELAY_URL ?? 'http://localhost:8787'

const send = async (method: 'GET' | 'POST' | 'PUT', route: string, body?: unknown) => {
  const url = relayUrl()
  const token = values.token ?? process.env.RELAY_ADMIN_TOKEN ?? demoToken() ?? fail('No admin token: pass --token or set RELAY_ADMIN_TOKEN')
  const response = await fetch(new URL(route, url), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch((error: Error) => fail(`Cannot reach the relay at ${url}: ${error.message}`))
  if (!response.ok) {
    const { code, message, details } = (await response.json().catch(() => ({}))).error ?? {}
    fail(`${response.status} ${code}: ${message}${details ? `\n${JSON.stringify(details, null, 2)}` : ''}`)
  }
  return response
}

const call = async (method: 'GET' | 'POST' | 'PUT', route: string, body?: unknown) => (await send(method, route, body)).json()

/** The relay's settings as the relay itself would read them, for the commands on its database. */
const databaseConfig = async () => {
  const [{ readConfig }, { checkLegacyDataDir }] = await Promise.all([import('./src/config'), import('./src/store/legacy-data-dir')])
  if (!values['data-dir']) checkLegacyDataDir()
  const config = readConfig(values['data-dir'] ? { ...process.env, DATA_DIR: values['data-dir'] } : process.env)
  return { databaseUrl: config.databaseUrl, dataDir: path.resolve(config.dataDir), isDemo: config.demo }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

const print = (answer: unknown, line: string) => console.log(values.json ? JSON.stringify(answer, null, 2) : line)

/** The particulars partner:create and partner:update send. */
const particulars = () => ({
  name: values.name,
  inn: values.inn,
  email: values.email,
  ...(values.kpp ? { kpp: values.kpp } : {}),
  ...(values.ogrn ? { ogrn: values.ogrn } : {}),
  ...(values.address ? { address: values.address } : {}),
  ...(values['current-discount-bps'] ? { currentDiscountBps: Number(values['current-discount-bps']) } : {}),
})

type PartnerLine = { id: string; name: string; inn: string; statusName: string; state: string }
const partnerLine = (p: PartnerLine) => `${p.id}  ${p.inn.padEnd(12)} ${p.state.padEnd(17)} ${p.statusName.padEnd(14)} ${p.name}`

const commands: Record<string, () => Promise<void>> = {
  'partner:create': async () => {
    const body = {
      ...particulars(),
      ...(values.countries ? { countries: values.countries.split(',').map((c) => c.trim().toUpperCase()) } : {}),
      ...(values.status ? { status: values.status } : {}),
    }
    const answer = await call('POST', '/v1/admin/partners', body)
    print(answer, `created partner ${answer.partner.id} ${answer.partner.name} (${answer.partner.statusName})`)
  },
  'partner:update': async () => {
    const id = positionals[1] ?? fail('partner:update needs the partner id: npm run admin -- partner:update <id> --name … --reason …')
    const answer = await call('PUT', `/v1/admin/partners/${encodeURIComponent(id)}`, { ...particulars(), reason: values.reason })
    print(answer, `updated partner ${answer.partner.id} ${answer.partner.name}`)
  },
  'partner:list': async () => {
    const query = new URLSearchParams()
    for (const name of ['q', 'state', 'status', 'limit', 'after'] as const) {
      const value = values[name]
      if (value) query.set(name, value)
    }
    const answer = await call('GET', `/v1/admin/partners?${query}`)
    const rows = answer.partners.map(partnerLine)
    if (answer.nextCursor) rows.push(`… ${answer.total} in all; next page: --after ${answer.nextCursor}`)
    print(answer, rows.join('\n') || 'no partners found')
  },
  installations: async () => {
    const partner = values.partner ?? fail('installations needs --partner <id>')
    const answer = await call('GET', `/v1/admin/partners/${encodeURIComponent(partner)}/installations`)
    const rows = answer.installations.map(
      (i: { id: string; crm: string; account: string; domain: string; linkedAt: string; lastSeenAt: string | null; revokedAt: string | null }) =>
        `${i.id}  ${i.crm.padEnd(8)} ${i.account.padEnd(12)} ${i.domain.padEnd(24)} linked ${i.linkedAt}  seen ${i.lastSeenAt ?? '-'}${i.revokedAt ? `  REVOKED ${i.revokedAt}` : ''}`,
    )
    print(answer, rows.join('\n') || 'no CRM account linked to this partner')
  },
  'installation:revoke': async () => {
    const installation = positionals[1] ?? fail('installation:revoke needs the installation id (see: installations --partner <id>)')
    const partner = values.partner ?? fail('installation:revoke needs --partner <id>')
    const path = `/v1/admin/partners/${encodeURIComponent(partner)}/installations/${encodeURIComponent(installation)}/revoke`
    const answer = await call('POST', path, { reason: values.reason })
    print(answer, `revoked ${answer.installation.crm} account ${answer.installation.account}: its next request is refused`)
  },
  report: async () => {
    const name = positionals[1] ?? fail('report needs a name: npm run admin -- report invoices --from 2026-12-01 --to 2026-12-31')
    const query = new URLSearchParams()
    for (const [param, value] of [
      ['from', values.from],
      ['to', values.to],
      ['partnerId', values.partner],
      ['lang', values.lang],
    ] as const) {
      if (value) query.set(param, value)
    }
    const response = await send('GET', `/v1/admin/reports/${encodeURIComponent(name)}.csv?${query}`)
    const file = values.out ?? /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${name}.csv`
    if (existsSync(file) && !values.force) fail(`${file} exists: pass --force to overwrite it`)
    const csv = Buffer.from(await response.arrayBuffer())
    writeFileSync(file, csv)
    console.log(`wrote ${file}: ${csv.toString('utf8').split('\r\n').length - 2} rows`)
  },
  import: async () => {
    const file = positionals[1] ?? fail('import needs a file: npm run admin -- import --dry-run partners.csv')
    const bytes = (() => {
      try {
        return readFileSync(file)
      } catch (error) {
        return fail(`Cannot read ${file}: ${(error as Error).message}`)
      }
    })()
    const body = { file: bytes.toString('base64'), ...(values.kind ? { kind: values.kind } : {}) }
    const dryRun = values['dry-run'] ?? false
    const preview = await call('POST', '/v1/admin/imports/preview', body)
    const lang = values.lang === 'en' ? 'en' : 'ru'
    type Answer = {
      kind: string
      summary: Record<string, number>
      lines: { line: number; key: string; outcome: string; problems: { field: string; column: string | null; ru: string; en: string }[] }[]
    }
    const report = (answer: Answer, what: string) => [
      ...answer.lines.map(
        (line) =>
          `${String(line.line).padStart(6)}  ${line.outcome.padEnd(9)} ${line.key}${line.problems.map((problem) => `\n${' '.repeat(18)}${problem.column ? `${problem.column}: ` : ''}${problem[lang]}`).join('')}`,
      ),
      `${answer.kind}: ${Object.entries(answer.summary)
        .map(([outcome, count]) => `${count} ${outcome}`)
        .join(', ')} (${what})`,
    ]
    if (dryRun || preview.summary.error > 0) {
      print(preview, report(preview, 'dry run, nothing written').join('\n'))
      if (preview.summary.error > 0) process.exitCode = 1
      return
    }
    // No Idempotency-Key: the import is idempotent by what it holds, so a second run answers "unchanged".
    const applied = await call('POST', '/v1/admin/imports', body)
    print(applied, report(applied, 'applied').join('\n'))
  },
  'calendar:check': async () => {
    const [{ readConfig, loadCalendars, loadProgram }, { calendarNotice, calendarStates }, { todayIn }] = await Promise.all([
      import('./src/config'),
      import('./src/domain/calendar/calendar-notice'),
      import('./src/domain/calendar/today-in'),
    ])
    const config = readConfig(process.env)
    const program = loadProgram(config.program)
    const calendars = loadCalendars(config.calendarsDir ?? path.join(import.meta.dirname, 'calendars'), program.calendar)
    const states = calendarStates(calendars)
    const notice = calendarNotice({ today: todayIn(program.timeZone, new Date()), calendars })
    const lines = states.map(({ year, state, source }) => `${year}  ${state.padEnd(11)} ${source}`)
    if (notice)
      lines.push(
        `${notice.year}  ${notice.state.padEnd(11)} ${notice.state === 'missing' ? 'add the file' : "add the government's decree to the file"} before the year begins (X-7)`,
      )
    print({ years: states, notice }, lines.join('\n'))
    if (notice || states.some(({ state }) => state === 'provisional')) process.exitCode = 1
  },
  'link-code': async () => {
    if (!values.vendor && !values.partner) fail('link-code needs --partner <id> or --vendor')
    const body = values.vendor
      ? { role: 'vendor', ...(values.email ? { email: values.email } : {}) }
      : { partnerId: values.partner, ...(values['send-email'] ? { sendEmail: true } : {}) }
    const answer = await call('POST', '/v1/admin/link-codes', body)
    const emailed = answer.emailedTo ? `; e-mailed to ${answer.emailedTo}` : ''
    print(answer, `${answer.code}  (one-time, expires ${answer.expiresAt}${emailed}); enter it in the widget settings`)
  },
  backup: async () => {
    const file = positionals[1] ?? fail('backup needs a file: npm run admin -- backup relay-backup.tar.gz')
    if (existsSync(file) && !values.force) fail(`${file} exists: pass --force to overwrite it`)
    const { databaseUrl, dataDir } = await databaseConfig()
    if (databaseUrl) fail('DATABASE_URL is set: back PostgreSQL up with pg_dump (README, "Backups")')
    const [{ dataDirOwner }, { backupDataDir }] = await Promise.all([import('./src/store/data-dir-lock'), import('./src/admin/backup-data-dir')])
    const startedAt = performance.now()
    // PGlite allows one process per directory: while a relay runs, the relay makes the backup.
    const owner = values.url ? {} : await dataDirOwner(dataDir)
    const source = owner ? `the relay at ${relayUrl()}` : dataDir
    const archive = owner
      ? Buffer.from(await (await send('GET', '/v1/admin/backup')).arrayBuffer())
      : await backupDataDir(dataDir).catch((error: Error) => fail(error.message))
    writeFileSync(`${file}.partial`, archive, { mode: 0o600 })
    renameSync(`${file}.partial`, file)
    const sha256 = createHash('sha256').update(archive).digest('hex')
    console.log(`backed up ${source} to ${file}: ${megabytes(archive.length)} in ${seconds(startedAt)}, sha256 ${sha256}`)
  },
  restore: async () => {
    const file = positionals[1] ?? fail('restore needs a file: npm run admin -- restore relay-backup.tar.gz')
    const { databaseUrl, dataDir } = await databaseConfig()
    if (databaseUrl) fail('DATABASE_URL is set: restore PostgreSQL with pg_restore (README, "Backups")')
    const [{ restoreDataDir }, { DataDirInUseError }] = await Promise.all([import('./src/admin/restore-data-dir'), import('./src/store/data-dir-lock')])
    const startedAt = performance.now()
    const result = await restoreDataDir({ archive: readFileSync(file), dataDir, force: values.force }).catch((error: Error) =>
      fail(error instanceof DataDirInUseError ? `${error.message}. Stop the relay, restore, then start it again.` : error.message),
    )
    const { partners, invoices, postings, ledgerSumKop } = result.restored
    console.log(
      `restored ${file} into ${dataDir} in ${seconds(startedAt)}: ${partners} partners, ${invoices} invoices, ${postings} ledger postings (sum ${ledgerSumKop})`,
    )
    if (result.keptAside) console.log(`the database it replaced is kept in ${result.keptAside}`)
  },
  'tokens:reencrypt': async () => {
    const { databaseUrl, dataDir } = await databaseConfig()
    const [{ readConfig }, { createDb }, { reencryptTokens }] = await Promise.all([
      import('./src/config'),
      import('./src/store/create-db'),
      import('./src/admin/reencrypt-tokens'),
    ])
    const keys = readConfig(process.env).secretKeys ?? fail('Set RELAY_SECRET_KEY (the new key) and RELAY_SECRET_KEY_PREVIOUS (the old one)')
    const store = await createDb({ databaseUrl, dataDir }).catch((error: Error) => fail(`${error.message}. On PGlite, stop the relay first.`))
    try {
      const result = await reencryptTokens(store.db, keys).catch((error: Error) => fail(error.message))
      console.log(`${result.reencrypted} of ${result.total} installations' tokens sealed again under RELAY_SECRET_KEY`)
    } finally {
      await store.close()
    }
  },
  'demo:clear': async () => {
    const { databaseUrl, dataDir } = await databaseConfig()
    if (!databaseUrl && !existsSync(path.join(dataDir, 'PG_VERSION'))) fail(`${dataDir} holds no database`)
    const [{ createDb }, { clearDemo }, { DataDirInUseError }] = await Promise.all([
      import('./src/store/create-db'),
      import('./src/admin/clear-demo'),
      import('./src/store/data-dir-lock'),
    ])
    const store = await createDb({ databaseUrl, dataDir }).catch((error: Error) =>
      fail(error instanceof DataDirInUseError ? `${error.message}. Stop the relay first.` : error.message),
    )
    try {
      const result = await clearDemo(store.db).catch((error: Error) => fail(error.message))
      const where = databaseUrl ? 'the PostgreSQL database' : dataDir
      if (result.outcome === 'no-demo') console.log(`${where} holds no demo data`)
      else console.log(`removed the demo (${result.partners.join(', ')}) from ${where}: ${result.tables} tables emptied; start it with DEMO=0`)
    } finally {
      await store.close()
    }
  },
}

const command = positionals[0]
if (values.help || !command) console.log(HELP)
else if (!commands[command]) fail(`Unknown command "${command}"\n\n${HELP}`)
else await commands[command]()

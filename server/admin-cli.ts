import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

const HELP = `Partner Relay admin

Usage: npm run admin -- <command> [options]

Commands:
  partner:create   --name N --inn INN --email E [--kpp K] [--address A] [--countries RU,KZ]
                   [--status S] [--current-discount-bps 2500]
  partner:list
  link-code        --partner <partnerId>   one-time code linking a partner's CRM account
  link-code        --vendor                one-time code linking a vendor staff CRM account

Options:
  --url URL        the relay (default: RELAY_URL or http://localhost:8787)
  --token T        admin token (default: RELAY_ADMIN_TOKEN, or the demo token in DATA_DIR/admin-token)
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
    address: { type: 'string' },
    countries: { type: 'string' },
    status: { type: 'string' },
    'current-discount-bps': { type: 'string' },
    partner: { type: 'string' },
    vendor: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
})

const demoToken = () => {
  try {
    return readFileSync(path.join(process.env.DATA_DIR ?? './data', 'admin-token'), 'utf8').trim()
  } catch {
    return undefined
  }
}

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

const call = async (method: 'GET' | 'POST', route: string, body?: unknown) => {
  const url = values.url ?? process.env.RELAY_URL ?? 'http://localhost:8787'
  const token = values.token ?? process.env.RELAY_ADMIN_TOKEN ?? demoToken() ?? fail('No admin token: pass --token or set RELAY_ADMIN_TOKEN')
  const response = await fetch(new URL(route, url), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch((error: Error) => fail(`Cannot reach the relay at ${url}: ${error.message}`))
  const answer = await response.json()
  if (!response.ok) {
    const { code, message, details } = answer.error ?? {}
    fail(`${response.status} ${code}: ${message}${details ? `\n${JSON.stringify(details, null, 2)}` : ''}`)
  }
  return answer
}

const print = (answer: unknown, line: string) => console.log(values.json ? JSON.stringify(answer, null, 2) : line)

const commands: Record<string, () => Promise<void>> = {
  'partner:create': async () => {
    const body = {
      name: values.name,
      inn: values.inn,
      email: values.email,
      ...(values.kpp ? { kpp: values.kpp } : {}),
      ...(values.address ? { address: values.address } : {}),
      ...(values.countries ? { countries: values.countries.split(',').map((c) => c.trim().toUpperCase()) } : {}),
      ...(values.status ? { status: values.status } : {}),
      ...(values['current-discount-bps'] ? { currentDiscountBps: Number(values['current-discount-bps']) } : {}),
    }
    const answer = await call('POST', '/v1/admin/partners', body)
    print(answer, `created partner ${answer.partner.id} ${answer.partner.name} (${answer.partner.statusName})`)
  },
  'partner:list': async () => {
    const answer = await call('GET', '/v1/admin/partners')
    const rows = answer.partners.map((p: { id: string; name: string; statusName: string; state: string }) => `${p.id}  ${p.state.padEnd(17)} ${p.statusName.padEnd(14)} ${p.name}`)
    print(answer, rows.join('\n') || 'no partners yet')
  },
  'link-code': async () => {
    if (!values.vendor && !values.partner) fail('link-code needs --partner <id> or --vendor')
    const answer = await call('POST', '/v1/admin/link-codes', values.vendor ? { role: 'vendor' } : { partnerId: values.partner })
    print(answer, `${answer.code}  (one-time, expires ${answer.expiresAt}); enter it in the widget settings`)
  },
}

const command = positionals[0]
if (values.help || !command) console.log(HELP)
else if (!commands[command]) fail(`Unknown command "${command}"\n\n${HELP}`)
else await commands[command]()

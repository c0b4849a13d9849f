import type { TCrm } from '../../../shared/src/contract'
import { todayIn } from '../domain/calendar/today-in'
import { addDays } from '../domain/invoices/add-months'
import { createLinkCode } from '../services/admin/create-link-code'
import { createPartner } from '../services/admin/create-partner'
import { createClient } from '../services/clients/create-client'
import { setNegotiation } from '../services/clients/set-negotiation'
import type { Actor, Ctx } from '../services/context'
import type { Deps } from '../services/deps'
import { linkInstallation } from '../services/installations/link-installation'
import { createInvoice } from '../services/invoices/create-invoice'
import { recordTransfer } from '../services/invoices/record-transfer'
import { recordViolation } from '../services/partners/record-violation'
import { decidePin } from '../services/pins/decide-pin'
import { requestPin } from '../services/pins/request-pin'
import { findInstallation } from '../store/queries/installations'
import { DEMO_IDENTITIES, type DemoWho } from './demo-identities'

const CRMS: TCrm[] = ['amocrm', 'bitrix24']

/**
 * Seeds an empty database with a vendor staff installation, two partners and clients in every
 * state the card can show — through the same use cases the API runs, so the demo is real data.
 * Does nothing when partners already exist.
 */
export const seedDemo = async (deps: Deps, now: Date, demoDomain: string) => {
  const existing = await deps.db.selectFrom('partners').select('id').limit(1).execute()
  if (existing.length > 0) return false
  const admin: Ctx = { actor: { kind: 'admin' }, now }
  const link = async (who: DemoWho, body: { partnerId: string } | { role: 'vendor' }) => {
    for (const crm of CRMS) {
      const { code } = await createLinkCode(deps, admin, body)
      const account = DEMO_IDENTITIES[who][crm]
      await linkInstallation(deps, { actor: { kind: 'unlinked', crm, account, domain: demoDomain, userId: '1' }, now }, { code })
    }
  }
  const ctxOf = async (who: DemoWho): Promise<Ctx> => {
    const installation = (await findInstallation(deps.db, 'amocrm', DEMO_IDENTITIES[who].amocrm))!
    const base = { crm: 'amocrm' as const, account: DEMO_IDENTITIES[who].amocrm, userId: '1', installationId: installation.id }
    const actor: Actor = installation.partnerId ? { kind: 'partner', ...base, partnerId: installation.partnerId } : { kind: 'vendor', ...base }
    return { actor, now }
  }
  // Where statuses are live, the demo partners are authorized (deal protection needs it, AG-4) and
  // one of them holds the status granted on application.
  const status = deps.program.authorization?.status ?? deps.program.defaultStatus
  const alphaStatus = deps.program.statusApplication?.statuses[0] ?? status
  const alpha = await createPartner(deps, admin, {
    name: 'ООО «Альфа Интеграция»',
    inn: '7707083893',
    kpp: '770701001',
    email: 'alpha@example.ru',
    address: 'г. Москва, ул. Тверская, д. 1',
    status: alphaStatus,
    currentDiscountBps: deps.program.id === 'atrealt' ? 2500 : undefined,
  })
  const beta = await createPartner(deps, admin, {
    name: 'ООО «Бета Софт»',
    inn: '500100732259',
    email: 'beta@example.ru',
    address: 'г. Казань, ул. Баумана, д. 7',
    status,
  })
  await link('vendor', { role: 'vendor' })
  await link('alpha', { partnerId: alpha.partner.id })
  await link('beta', { partnerId: beta.partner.id })
  const [vendor, a, b] = [await ctxOf('vendor'), await ctxOf('alpha'), await ctxOf('beta')]

  // Clients and pins date from four weeks ago, before the invoices they allow (the settled one is
  // three weeks old): a pin never reads as newer than an invoice made under it (AT-1.2).
  const earlier = (ctx: Ctx): Ctx => ({ ...ctx, now: new Date(now.getTime() - 28 * 86_400_000) })
  const client = (ctx: Ctx, accountNumber: string, name: string, extra: { demo?: boolean; inn?: string } = {}) =>
    createClient(deps, earlier(ctx), { accountNumber, name, email: `${accountNumber}@client.example.ru`, phone: '+7 495 000-00-00', ...extra })
  const pin = async (ctx: Ctx, accountNumber: string, approve: boolean) => {
    const { pin } = await requestPin(deps, earlier(ctx), { accountNumber })
    if (approve && pin.state === 'requested') await decidePin(deps, earlier(vendor), pin.id, 'approve', {})
  }
  await client(a, '31000001', 'ООО «Ромашка»', { inn: '7736207543' })
  await pin(a, '31000001', true)
  await client(a, '31000002', 'ИП Иванов Сергей Петрович')
  await pin(a, '31000002', false)
  await client(a, '31000003', 'АО «Горизонт»')
  await client(b, '31000004', 'ООО «Вектор»')
  await pin(b, '31000004', true)
  await client(b, '31000005', 'Демо-аккаунт ООО «Бета Софт»', { demo: true })
  await client(a, '31000006', 'ПАО «Северсталь-Инфо»')
  await setNegotiation(deps, vendor, '31000006', { open: true, note: 'Клиент ведёт переговоры напрямую с вендором' })

  const sku = deps.program.products[0].sku
  const months = deps.program.products[0].pricing === 'monthly' ? { months: 12 } : {}
  const accountNumber = deps.program.requiresPin ? '31000001' : undefined
  const today = todayIn(deps.program.timeZone, now)
  // The settled invoice was made three weeks ago, so its dates read like history.
  const past = (ctx: Ctx): Ctx => ({ ...ctx, now: new Date(now.getTime() - 21 * 86_400_000) })
  const settled = await createInvoice(deps, past(a), { accountNumber, lines: [{ sku, quantity: 5, ...months }], clientPaidOn: addDays(today, -21) })
  await recordTransfer(deps, vendor, settled.invoice.id, { receivedOn: addDays(today, -19) })
  await createInvoice(deps, a, { accountNumber, lines: [{ sku, quantity: 2, ...months }], clientPaidOn: today })
  // Handing the demo account to a client breaks either program: ATRealt names it (AT-3.2), Agat RT files it as breaking the program (AG-1.5a).
  const handedOver = deps.program.violable.rules.find(({ rule }) => rule === 'AT-3.2' || rule === 'AG-1.5a')
  if (handedOver) await recordViolation(deps, vendor, beta.partner.id, { rule: handedOver.rule, note: 'Демо-аккаунт передан клиенту для работы' })
  return true
}

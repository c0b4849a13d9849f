import type { Page } from 'playwright-core'
import type { Who } from './e2e-world'
import type { Stack } from './start-stack'
import { ADMIN_TOKEN } from './start-stack'

const admin = async <T>(stack: Stack, path: string, body: unknown): Promise<T> => {
  const response = await fetch(`${stack.relayUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** The vendor's back office: a partner, as the admin API creates it (at the program's entry status unless `status` says). */
export const createPartner = async (stack: Stack, partner: { name: string; inn: string; email: string; status?: string }) =>
  (await admin<{ partner: { id: string } }>(stack, '/v1/admin/partners', partner)).partner.id

/** A one-time code that links one CRM account to a partner, or to the vendor's staff. */
export const createLinkCode = async (stack: Stack, target: { partnerId: string } | { role: 'vendor' }) =>
  (await admin<{ code: string }>(stack, '/v1/admin/link-codes', target)).code

type Install = (page: Page, options: { stack: Stack; who: Who; code: string; linkedText: string }) => Promise<unknown>

/** A new partner, and vendor staff and that partner each linking their CRM account in its settings. */
export const linkVendorAndPartner = async (
  stack: Stack,
  { install, pages, partner }: { install: Install; pages: { vendor: Page; alpha: Page }; partner: Parameters<typeof createPartner>[1] },
) => {
  const partnerId = await createPartner(stack, partner)
  await install(pages.vendor, { stack, who: 'vendor', code: await createLinkCode(stack, { role: 'vendor' }), linkedText: 'Привязано как вендор' })
  await install(pages.alpha, { stack, who: 'alpha', code: await createLinkCode(stack, { partnerId }), linkedText: `Привязано к партнёру «${partner.name}»` })
  return partnerId
}

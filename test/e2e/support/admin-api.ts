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

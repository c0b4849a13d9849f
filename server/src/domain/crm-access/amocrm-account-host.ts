/** The zones amoCRM accounts live under (PLATFORMS.md): only these get a code exchanged or a token sent. */
export const AMOCRM_ZONES = ['amocrm.ru', 'amocrm.com', 'kommo.com'] as const

export type AccountHostCheck = { ok: true; host: string } | { ok: false; reason: 'not-amocrm' | 'other-account' }

/**
 * Whether the `referer` of amoCRM's OAuth redirect is an amoCRM account's domain, and the account
 * the installation linked (its subdomain, stored at link time) — the relay sends the code and the
 * client secret nowhere else (issue 12).
 */
export const amocrmAccountHost = (referer: string, linkedSubdomain: string): AccountHostCheck => {
  const host = referer.trim().toLowerCase()
  const match = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.([a-z0-9.]+)$/.exec(host)
  if (!match || !(AMOCRM_ZONES as readonly string[]).includes(match[2])) return { ok: false, reason: 'not-amocrm' }
  if (match[1] !== linkedSubdomain.toLowerCase()) return { ok: false, reason: 'other-account' }
  return { ok: true, host }
}

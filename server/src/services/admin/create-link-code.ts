import { randomBytes } from 'node:crypto'
import type { TCreateLinkCodeRequest } from '../../../../shared/src/contract'
import { insertLinkCode } from '../../store/queries/link-codes'
import { getPartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'

const LINK_CODE_TTL_MS = 7 * 24 * 3600 * 1000
// No 0/O or 1/I: people read these codes off an e-mail and type them into a CRM.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

const newCode = () => {
  const chars = [...randomBytes(12)].map((b) => ALPHABET[b % ALPHABET.length])
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((c) => c.join('')).join('-')
}

/** A one-time code that links one CRM account to a partner, or to the vendor for staff installations. */
export const createLinkCode = (deps: Deps, ctx: Ctx, body: TCreateLinkCodeRequest) =>
  runWrite(deps, ctx, { route: 'createLinkCode', body }, async (trx) => {
    const partnerId = 'partnerId' in body ? (await getPartner(trx, body.partnerId)).id : null
    const code = newCode()
    const expiresAt = new Date(ctx.now.getTime() + LINK_CODE_TTL_MS)
    await insertLinkCode(trx, { code, role: partnerId ? 'partner' : 'vendor', partnerId, expiresAt })
    await appendAudit(trx, ctx.actor, { action: 'link-code.created', entity: 'link-code', entityId: code, after: { partnerId, expiresAt } })
    return { code, expiresAt: expiresAt.toISOString() }
  })

import { randomUUID } from 'node:crypto'
import { AppError } from '../../../../shared/src/contract'
import { usableLinkCode } from '../../domain/installations/usable-link-code'
import { findInstallationRow, insertInstallation, updateInstallation } from '../../store/queries/installations'
import { lockLinkCode, setLinkCodeUsed } from '../../store/queries/link-codes'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'

/**
 * Binds the calling CRM account to a partner or to the vendor with a one-time code. The Bitrix24
 * portal domain is stored here and trusted from now on for that member id (DESIGN: identity). Linking
 * a revoked account again with a new code lifts the revocation (issue 10).
 * @throws not_found for an unknown code, code_used, code_expired.
 */
export const linkInstallation = async (deps: Deps, ctx: Ctx, body: { code: string }) => {
  const answer = await runWrite(deps, ctx, { route: 'linkInstallation', body }, async (trx) => {
    if (ctx.actor.kind === 'admin') throw new AppError('forbidden', 'Only a CRM installation can link itself')
    const { crm, account } = ctx.actor
    const code = body.code.toUpperCase()
    const row = await lockLinkCode(trx, code)
    const link = usableLinkCode(row && { ...row, usedAt: row.used_at, expiresAt: row.expires_at }, ctx.now)
    const domain = ctx.actor.kind === 'unlinked' ? ctx.actor.domain : ''
    const before = await findInstallationRow(trx, crm, account)
    const values = { role: link.role, partner_id: link.partner_id, domain: domain || before?.domain || '' }
    const installationId = before?.id ?? randomUUID()
    if (before) await updateInstallation(trx, before.id, { ...values, linked_at: ctx.now, revoked_at: null, revoked_reason: null })
    else await insertInstallation(trx, { id: installationId, crm, account, ...values, linked_at: ctx.now })
    await setLinkCodeUsed(trx, { code, usedAt: ctx.now, installationId })
    const installation = { crm, account, role: link.role as 'partner' | 'vendor', ...(link.partner_id ? { partnerId: link.partner_id } : {}) }
    await appendAudit(trx, ctx.actor, {
      action: before ? 'installation.relinked' : 'installation.linked',
      entity: 'installation',
      entityId: installationId,
      before: before ? { role: before.role, partnerId: before.partner_id, ...(before.revoked_at ? { revokedAt: before.revoked_at } : {}) } : undefined,
      after: installation,
    })
    return { installation }
  })
  // A re-link (after a revocation, or to another partner) counts from the next request on this relay.
  deps.forgetInstallation?.(answer.installation.crm, answer.installation.account)
  return answer
}

import { checkNetworkMember } from '../../domain/statuses/check-network-member'
import { getPartner, lockPartner, updatePartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { loadPartnerStatus } from './steps/load-partner-status'

const asMember = (row: { id: string; authorized_on: string | null; parent_partner_id: string | null }) => ({
  id: row.id,
  isAuthorized: row.authorized_on !== null,
  parentPartnerId: row.parent_partner_id,
})

/**
 * Vendor staff attach a partner without its own authorization to a distributor's network, or
 * detach it (AG-REQ: a Regional distributor needs at least 30 such partners). Answers the
 * distributor's status, with its network.
 * @throws invalid_state when the partner may not join (checkNetworkMember).
 */
export const setNetworkParent = (deps: Deps, ctx: Ctx, partnerId: string, body: { parentPartnerId: string | null }) =>
  runWrite(deps, ctx, { route: 'setNetworkParent', params: { partnerId }, body }, async (trx) => {
    const member = await lockPartner(trx, partnerId)
    if (body.parentPartnerId) {
      const parent = await getPartner(trx, body.parentPartnerId)
      checkNetworkMember({ member: asMember(member), parent: asMember(parent) })
    }
    if (member.parent_partner_id !== body.parentPartnerId) {
      await updatePartner(trx, partnerId, { parent_partner_id: body.parentPartnerId, updated_at: ctx.now })
      await appendAudit(trx, ctx.actor, {
        action: body.parentPartnerId ? 'partner.network-joined' : 'partner.network-left',
        entity: 'partner',
        entityId: partnerId,
        before: { parentPartnerId: member.parent_partner_id },
        after: { parentPartnerId: body.parentPartnerId },
      })
    }
    return loadPartnerStatus(trx, deps, { partnerId: body.parentPartnerId ?? member.parent_partner_id ?? partnerId, now: ctx.now })
  })

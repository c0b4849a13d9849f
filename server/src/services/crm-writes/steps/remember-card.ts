import type { Trx } from '../../../store/db'
import { rememberCrmCard } from '../../../store/queries/crm-writes'
import type { Ctx } from '../../context'

/**
 * The CRM card a widget write came from (`X-Crm-Card`) is where the relay later writes about that
 * client in the caller's CRM (issue 12): remembered per installation, client and entity type.
 */
export const rememberCard = async (trx: Trx, ctx: Ctx, accountNumber: string | null | undefined) => {
  if (!ctx.card || !accountNumber || !('installationId' in ctx.actor)) return
  await rememberCrmCard(trx, { installationId: ctx.actor.installationId, accountNumber, entityType: ctx.card.type, entityId: ctx.card.id, seenAt: ctx.now })
}

import { AppError } from '../../../../../shared/src/contract'
import type { Ctx } from '../../context'

/** The calling installation, which must be a linked one of `crm` (issue 12: tokens bind to a linked installation). */
export const linkedInstallationOf = (ctx: Ctx, crm?: 'amocrm' | 'bitrix24') => {
  const actor = ctx.actor
  if (actor.kind !== 'partner' && actor.kind !== 'vendor') throw new AppError('forbidden', 'Only a linked CRM installation can do this')
  if (crm && actor.crm !== crm) throw new AppError('forbidden', `Only a ${crm === 'amocrm' ? 'amoCRM' : 'Bitrix24'} installation can do this`)
  return actor
}

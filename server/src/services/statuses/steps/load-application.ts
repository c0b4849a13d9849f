import { AppError, type TStatusApplication } from '../../../../../shared/src/contract'
import { selectStatusApplications } from '../../../store/queries/statuses'
import type { Deps } from '../../deps'
import type { Trx } from '../../../store/db'
import { toStatusApplication } from '../../dto/to-status-application'

/** One status application as the caller may see it: its partner's own, or any for vendor staff. */
export const loadApplication = async (trx: Trx, deps: Deps, id: string, partnerId: string | null = null): Promise<TStatusApplication> => {
  let query = selectStatusApplications(trx).where('status_applications.id', '=', id)
  if (partnerId) query = query.where('status_applications.partner_id', '=', partnerId)
  const row = await query.executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such status application')
  return toStatusApplication(deps.program, row)
}

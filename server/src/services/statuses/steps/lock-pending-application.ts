import { AppError } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'

/**
 * A status application waiting for a decision, locked for it (AG-3.3a).
 * @throws not_found; invalid_state once decided.
 */
export const lockPendingApplication = async (trx: Trx, id: string) => {
  const row = await trx.selectFrom('status_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such status application')
  if (row.state !== 'pending') throw new AppError('invalid_state', `This application is already ${row.state}`, { rule: 'AG-3.3a' })
  return row
}

import { AppError } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'
import { lockStatusApplication } from '../../../store/queries/statuses'

/**
 * A status application waiting for a decision, locked for it (AG-3.3a).
 * @throws not_found; invalid_state once decided.
 */
export const lockPendingApplication = async (trx: Trx, id: string) => {
  const row = await lockStatusApplication(trx, id)
  if (!row) throw new AppError('not_found', 'No such status application')
  if (row.state !== 'pending') throw new AppError('invalid_state', `This application is already ${row.state}`, { rule: 'AG-3.3a' })
  return row
}

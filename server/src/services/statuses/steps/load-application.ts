import { AppError, type TStatusApplication } from '../../../../../shared/src/contract'
import type { Db } from '../../../store/db'
import { findStatusApplication } from '../../../store/queries/statuses'
import type { Deps } from '../../deps'
import { toStatusApplication } from '../../dto/to-status-application'

/** One status application as the caller may see it: its partner's own, or any for vendor staff. */
export const loadApplication = async (db: Db, deps: Deps, id: string, partnerId: string | null = null): Promise<TStatusApplication> => {
  const row = await findStatusApplication(db, id, partnerId)
  if (!row) throw new AppError('not_found', 'No such status application')
  return toStatusApplication(deps.program, row)
}

import { AppError, type TRegistration } from '../../../../../shared/src/contract'
import type { Db } from '../../../store/db'
import { findRegistration, latestRenewalsOf } from '../../../store/queries/registrations'
import { toRegistration } from '../../dto/to-registration'

/** One deal registration as the caller may see it: its partner's own, or any for vendor staff. */
export const loadRegistration = async (db: Db, id: string, partnerId: string | null = null): Promise<TRegistration> => {
  const row = await findRegistration(db, id, partnerId)
  if (!row) throw new AppError('not_found', 'No such registration')
  return toRegistration(row, (await latestRenewalsOf(db, [id])).get(id))
}

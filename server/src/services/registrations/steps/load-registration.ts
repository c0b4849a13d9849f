import { AppError, type TRegistration } from '../../../../../shared/src/contract'
import { latestRenewalsOf, selectRegistrations } from '../../../store/queries/registrations'
import type { Trx } from '../../../store/db'
import { toRegistration } from '../../dto/to-registration'

/** One deal registration as the caller may see it: its partner's own, or any for vendor staff. */
export const loadRegistration = async (trx: Trx, id: string, partnerId: string | null = null): Promise<TRegistration> => {
  let query = selectRegistrations(trx).where('pins.id', '=', id)
  if (partnerId) query = query.where('pins.partner_id', '=', partnerId)
  const row = await query.executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such registration')
  return toRegistration(row, (await latestRenewalsOf(trx, [id])).get(id))
}

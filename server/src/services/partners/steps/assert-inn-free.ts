import { AppError } from '../../../../../shared/src/contract'
import type { Trx } from '../../../store/db'
import { findPartnerByInn } from '../../../store/queries/partners'

/**
 * One partner per INN: a second record of the same company would split its pins, invoices and
 * violations (AT-4.1 counts them per partner).
 * @throws inn_taken naming the partner that has it
 */
export const assertInnFree = async (trx: Trx, inn: string, exceptId?: string) => {
  const holder = await findPartnerByInn(trx, inn, exceptId)
  if (holder) {
    throw new AppError('inn_taken', `Partner "${holder.name}" has INN ${inn} already`, {
      details: { fields: [{ path: 'inn', reason: 'inn_taken' }], partnerId: holder.id, partnerName: holder.name },
    })
  }
}

import { randomUUID } from 'node:crypto'
import type { PartnerLine } from '../../../domain/imports/read-import'
import type { Trx } from '../../../store/db'
import { insertPartner } from '../../../store/queries/partners'
import type { Ctx } from '../../context'
import type { Deps } from '../../deps'
import { recordInitialStatus } from '../../statuses/steps/record-initial-status'
import { today } from '../../today'

/** The imported partners, each as `createPartner` makes one: the program's entry status unless the file names one, resident in Russia. */
export const writePartners = async (trx: Trx, deps: Deps, ctx: Ctx, partners: PartnerLine[]) => {
  for (const line of partners) {
    const id = randomUUID()
    const status = line.status ?? deps.program.defaultStatus
    await insertPartner(trx, {
      id,
      name: line.name,
      inn: line.inn,
      kpp: line.kpp,
      email: line.email,
      address: line.address,
      countries: ['RU'],
      status,
      current_discount_bps: line.discountBps,
    })
    await recordInitialStatus(trx, deps, { now: ctx.now, today: today(deps, ctx), partnerId: id, status })
  }
}

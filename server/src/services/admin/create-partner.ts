import { randomUUID } from 'node:crypto'
import { AppError, type TCreatePartnerRequest, type TPartner } from '../../../../shared/src/contract'
import { assertTerritory } from '../../domain/territory/check-countries'
import { getPartner, insertPartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { toPartner } from '../dto/to-partner'
import { assertInnFree } from '../partners/steps/assert-inn-free'
import { runWrite } from '../run-write'
import { recordInitialStatus } from '../statuses/steps/record-initial-status'
import { today } from '../today'

/**
 * Vendor admin creates a partner with the program's entry status unless told otherwise; a partner
 * entered at an authorized status is authorized from today (AG-3.1). Vendor staff do the same from
 * their CRM (issue 10).
 * @throws invalid_request for an unknown status or country; inn_taken when a partner has this INN.
 */
export const createPartner = (deps: Deps, ctx: Ctx, body: TCreatePartnerRequest, route = 'createPartner'): Promise<{ partner: TPartner }> =>
  runWrite(deps, ctx, { route, body }, async (trx) => {
    const status = body.status ?? deps.program.defaultStatus
    if (!deps.program.statuses.some((s) => s.id === status)) {
      const known = deps.program.statuses.map((s) => s.id).join(', ')
      throw new AppError('invalid_request', `Unknown status "${status}"; this program has: ${known}`, {
        details: { fields: [{ path: 'status', message: `One of: ${known}` }] },
      })
    }
    const countries = body.countries ?? ['RU']
    assertTerritory({ countries, extraCountries: [] })
    await assertInnFree(trx, body.inn)
    const id = randomUUID()
    await insertPartner(trx, {
      id,
      name: body.name,
      inn: body.inn,
      kpp: body.kpp ?? null,
      ogrn: body.ogrn ?? null,
      email: body.email,
      address: body.address ?? null,
      countries,
      status,
      current_discount_bps: body.currentDiscountBps ?? null,
    })
    await recordInitialStatus(trx, deps, { now: ctx.now, today: today(deps, ctx), partnerId: id, status })
    const partner = toPartner(deps.program, await getPartner(trx, id), 0)
    await appendAudit(trx, ctx.actor, { action: 'partner.created', entity: 'partner', entityId: id, after: partner })
    return { partner }
  })

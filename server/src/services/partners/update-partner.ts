import { AppError, type TUpdatePartnerRequest } from '../../../../shared/src/contract'
import { lockPartner, updatePartner as writePartner } from '../../store/queries/partners'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { assertInnFree } from './steps/assert-inn-free'
import { loadPartnerDto } from './steps/load-partner-dto'

const FIELDS = ['name', 'inn', 'email', 'kpp', 'ogrn', 'address', 'currentDiscountBps'] as const

/**
 * Vendor staff correct a partner's particulars (name, INN, KPP, OGRN, address, e-mail) or its current
 * discount (AT-5.2), with the reason; what changed, before and after, goes to the audit trail.
 * An optional field left out is cleared.
 * @throws not_found; inn_taken when another partner has the INN; invalid_state when nothing changes
 */
export const updatePartner = (deps: Deps, ctx: Ctx, partnerId: string, body: TUpdatePartnerRequest, route = 'updatePartner') =>
  runWrite(deps, ctx, { route, params: { partnerId }, body }, async (trx) => {
    const row = await lockPartner(trx, partnerId)
    const now = {
      name: row.name,
      inn: row.inn,
      email: row.email,
      kpp: row.kpp,
      ogrn: row.ogrn,
      address: row.address,
      currentDiscountBps: row.current_discount_bps,
    }
    const next = {
      name: body.name,
      inn: body.inn,
      email: body.email,
      kpp: body.kpp ?? null,
      ogrn: body.ogrn ?? null,
      address: body.address ?? null,
      currentDiscountBps: body.currentDiscountBps ?? null,
    }
    const changed = FIELDS.filter((field) => now[field] !== next[field])
    if (changed.length === 0) throw new AppError('invalid_state', "The partner's particulars are these already: nothing to change")
    if (changed.includes('inn')) await assertInnFree(trx, next.inn, partnerId)
    await writePartner(trx, partnerId, {
      name: next.name,
      inn: next.inn,
      email: next.email,
      kpp: next.kpp,
      ogrn: next.ogrn,
      address: next.address,
      current_discount_bps: next.currentDiscountBps,
      updated_at: ctx.now,
    })
    await appendAudit(trx, ctx.actor, {
      action: 'partner.updated',
      entity: 'partner',
      entityId: partnerId,
      before: Object.fromEntries(changed.map((field) => [field, now[field]])),
      after: Object.fromEntries(changed.map((field) => [field, next[field]])),
      reason: body.reason,
    })
    return { partner: await loadPartnerDto(trx, deps, partnerId) }
  })

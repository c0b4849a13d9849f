import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { draftReview } from './steps/draft-review'
import { loadReview } from './steps/load-review'

/** Vendor staff compute, or recompute, the proposals of a half-year review (AG-3.3b); see draftReview. */
export const computeReview = (deps: Deps, ctx: Ctx, body: { period: string; includeProjectDeals?: string[] }) =>
  runWrite(deps, ctx, { route: 'computeReview', body }, async (trx) => {
    const id = await draftReview(trx, deps, { actor: ctx.actor, now: ctx.now, periodId: body.period, includeProjectDeals: body.includeProjectDeals })
    return { review: await loadReview(trx, deps.program, id) }
  })

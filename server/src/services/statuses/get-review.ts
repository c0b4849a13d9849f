import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { loadReview } from './steps/load-review'

/** One half-year review with its proposals, for vendor staff (AG-3.3b). */
export const getReview = async (deps: Deps, _ctx: Ctx, id: string) => ({ review: await loadReview(deps.db, deps.program, id) })

import { todayIn } from '../domain/calendar/today-in'
import type { Ctx } from './context'
import type { Deps } from './deps'

/** Today's date in the program's time zone, from the clock reading taken at the edge. */
export const today = (deps: Deps, ctx: Ctx) => todayIn(deps.program.timeZone, ctx.now)

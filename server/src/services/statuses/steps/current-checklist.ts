import { todayIn } from '../../../domain/calendar/today-in'
import { checklistsFor, type NamedChecklist } from '../../../domain/statuses/checklists-for'
import { halfYearOf } from '../../../domain/statuses/half-year-of'
import { thresholdsOf } from '../../../domain/statuses/thresholds-of'
import type { Db } from '../../../store/db'
import type { PartnerRow } from '../../../store/queries/partners'
import type { Deps } from '../../deps'
import { checklistFacts } from './checklist-facts'

/** The partner's checklist for one status as of today, against the current half-year (AG-REQ). */
export const currentChecklist = async (
  db: Db,
  deps: Deps,
  { partner, status, now, scope = 'full' }: { partner: PartnerRow; status: string; now: Date; scope?: 'full' | 'renewal' },
): Promise<NamedChecklist> => {
  const today = todayIn(deps.program.timeZone, now)
  const { facts } = await checklistFacts(db, deps, { partner, asOf: today, period: halfYearOf(today) })
  const [checklist] = checklistsFor({ program: deps.program, statuses: [status], facts, thresholds: thresholdsOf(partner.volume_thresholds), scope })
  return checklist ?? { status, statusName: status, items: [], isMet: true, missing: [] }
}

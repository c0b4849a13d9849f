import type { TPinRequest } from '../../../../../shared/src/contract'
import { todayIn } from '../../../domain/calendar/today-in'
import { pinDecisionDue } from '../../../domain/pins/pin-decision-due'
import { interestsInPins, requestedPins } from '../../../store/queries/pins'
import type { Deps } from '../../deps'
import { toPin } from '../../dto/to-pin'

/**
 * The pin requests waiting for staff, oldest first, each with the day its decision is due on the
 * production calendar and whether it is overdue, and the other partners that asked for its account
 * meanwhile (AT-1.2a, AT-4.4, X-7).
 */
export const pinRequestsFor = async (deps: Deps, today: string): Promise<TPinRequest[]> => {
  const rows = await requestedPins(deps.db)
  const interests = await interestsInPins(
    deps.db,
    rows.map((row) => row.id),
  )
  return rows.map((row) => {
    const pin = toPin(row)
    const requestedOn = todayIn(deps.program.timeZone, new Date(pin.requestedAt))
    const due = pinDecisionDue({ requestedOn, today, workingDays: deps.program.pinDecisionWorkingDays, calendars: deps.calendars })
    return {
      ...pin,
      decisionDueOn: due.dueOn,
      isDecisionOverdue: due.isOverdue,
      otherInterest: interests
        .filter((interest) => interest.pin_id === pin.id)
        .map((interest) => ({ partnerId: interest.partner_id, partnerName: interest.partner_name, at: interest.created_at.toISOString() })),
    }
  })
}

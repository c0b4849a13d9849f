import type { WorkingDayResult } from '../calendar/add-working-days'

type Deadline = { date: string; isEstimated: boolean }

/**
 * What a running transfer deadline becomes when it is counted again on today's calendar files
 * (X-7, AT-1.6): a later date replaces it, but never an earlier one, since the partner has planned
 * by the date it was told. The same date loses its "estimated" mark once a file covers it. Null when
 * nothing changes.
 */
export const revisedDeadline = ({ told, counted }: { told: Deadline; counted: WorkingDayResult }): Deadline | null => {
  if (counted.date > told.date) return { date: counted.date, isEstimated: counted.isEstimated }
  if (counted.date === told.date && counted.isEstimated !== told.isEstimated) return { date: told.date, isEstimated: counted.isEstimated }
  return null
}

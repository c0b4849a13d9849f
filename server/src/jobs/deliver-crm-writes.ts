import { deliverCrmWrites } from '../services/crm-writes/steps/deliver-crm-writes'
import type { Deps } from '../services/deps'

/** One pass of the CRM outbox (issue 12): the tasks and notes due now, written into the installations' CRMs. */
export const deliverCrmWritesPass = async (deps: Deps, now: Date) => {
  const counts = await deliverCrmWrites(deps, now)
  if (counts.done + counts.ended + counts.retried > 0) deps.logger.info(counts, 'CRM writes delivered')
  return counts
}

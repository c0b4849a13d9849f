import type { Program } from '../program/program-schema'
import { rankOf } from './rank-of'

type Applicant = { status: string; authorizedOn: string | null; state: string }

/**
 * The statuses a partner may apply for today (AG-3.3a): only an authorized partner that is not
 * expelled, only statuses above its own, none while an application is pending, and none already
 * scheduled for it.
 */
export const statusesOpenTo = (
  program: Program,
  { partner, hasPendingApplication, scheduledStatuses }: { partner: Applicant; hasPendingApplication: boolean; scheduledStatuses: string[] },
): string[] => {
  const statuses = program.statusApplication?.statuses ?? []
  if (statuses.length === 0 || !partner.authorizedOn || partner.state === 'expelled' || hasPendingApplication) return []
  return statuses.filter((status) => rankOf(program, partner.status) < rankOf(program, status) && !scheduledStatuses.includes(status))
}

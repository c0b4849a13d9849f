import type { Trx } from '../../../store/db'
import { dueStatusChanges } from '../../../store/queries/statuses'
import type { Deps } from '../../deps'
import { applyDueChange } from './apply-due-change'

/**
 * Applies every scheduled status change whose date has come (AG-3.3a quarter starts, AG-3.3b
 * publication dates), oldest first, as the system. Applied changes leave the pending set, so a
 * second pass finds nothing.
 */
export const applyDueChanges = async (trx: Trx, deps: Deps, { now, today }: { now: Date; today: string }) => {
  const due = await dueStatusChanges(trx, today)
  let applied = 0
  for (const change of due) if (await applyDueChange(trx, deps, { actor: { kind: 'system' }, now, change })) applied += 1
  return applied
}

import type { Db } from '../../../store/db'
import type { PartnerRow } from '../../../store/queries/partners'
import { networkMembersOf } from '../../../store/queries/partners'
import type { Deps } from '../../deps'

/**
 * A partner's distribution network (AG-REQ): its members, counted when they hold no authorization
 * of their own; null for a partner with no network that no status of the program asks one of.
 */
export const networkOf = async (db: Db, deps: Deps, partner: PartnerRow) => {
  const required = deps.program.requirements?.[partner.status]?.networkSize ?? null
  const members = await networkMembersOf(db, partner.id)
  const anyAsks = Object.values(deps.program.requirements ?? {}).some((column) => column.networkSize !== undefined)
  if (members.length === 0 && required === null && !anyAsks) return null
  const list = members.map((m) => ({ id: m.id, name: m.name, status: m.status, isCounted: m.authorized_on === null && m.state !== 'expelled' }))
  return { required, counted: list.filter((m) => m.isCounted).length, members: list }
}

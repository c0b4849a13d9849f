import type { PlacementBinding, PortalUser } from './fake-portal'
import { PortalError } from './portal-error'

type Params = Record<string, unknown>
type Placements = { placements: PlacementBinding[] }

/** The placement codes this portal offers to apps with the `crm` scope. */
export const KNOWN_PLACEMENTS = ['CRM_COMPANY_DETAIL_TAB', 'CRM_CONTACT_DETAIL_TAB', 'CRM_DEAL_DETAIL_TAB', 'CRM_LEAD_DETAIL_TAB']

const requireAdmin = (user: PortalUser) => {
  if (!user.isAdmin) throw new PortalError(403, 'ACCESS_DENIED', 'Access denied! Application administration rights required')
}

const titleOf = (params: Params) => {
  const langAll = params.LANG_ALL as Record<string, { TITLE?: string }> | undefined
  return String(params.TITLE ?? langAll?.ru?.TITLE ?? langAll?.en?.TITLE ?? '')
}

/** `placement.bind {PLACEMENT, HANDLER, TITLE, LANG_ALL}`: admins only; the same pair twice is an error. */
export const placementBind = (portal: Placements, user: PortalUser, params: Params) => {
  requireAdmin(user)
  const placement = String(params.PLACEMENT ?? '').toUpperCase()
  const handler = String(params.HANDLER ?? '')
  if (!KNOWN_PLACEMENTS.includes(placement)) throw new PortalError(400, 'ERROR_PLACEMENT_NOT_FOUND', `Placement not found: ${placement}`)
  if (!/^https?:\/\//.test(handler)) throw new PortalError(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL')
  if (portal.placements.some((b) => b.placement === placement && b.handler === handler)) {
    throw new PortalError(400, 'ERROR_CORE', 'Unable to set placement handler: Handler already binded')
  }
  portal.placements.push({ placement, handler, title: titleOf(params) })
  return true
}

/** `placement.unbind {PLACEMENT, HANDLER?}` → `{count}`. */
export const placementUnbind = (portal: Placements, user: PortalUser, params: Params) => {
  requireAdmin(user)
  const placement = String(params.PLACEMENT ?? '').toUpperCase()
  const before = portal.placements.length
  portal.placements = portal.placements.filter((b) => b.placement !== placement || (params.HANDLER !== undefined && b.handler !== params.HANDLER))
  return { count: before - portal.placements.length }
}

/** `placement.get` → the app's bindings on this portal. */
export const placementGet = (portal: Placements, user: PortalUser) => {
  requireAdmin(user)
  return portal.placements.map((b) => ({ placement: b.placement, handler: b.handler, title: b.title, description: '', options: [] }))
}

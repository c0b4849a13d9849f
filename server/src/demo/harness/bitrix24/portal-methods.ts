import type { HarnessClient } from '../harness-clients'
import { crmItemFields, crmItemGet, crmItemUpdate } from './crm-items'
import type { FakePortal } from './fake-portal'
import { placementBind, placementGet, placementUnbind } from './placement-methods'
import { PortalError } from './portal-error'

type Params = Record<string, unknown>
type Portal = ReturnType<FakePortal['portal']>
type User = Portal['users'][number]
export type MethodContext = { portal: Portal; user: User; params: Params; clients: HarnessClient[] }

const profile = ({ user }: MethodContext) => ({
  ID: String(user.id),
  ADMIN: user.isAdmin,
  NAME: user.name,
  LAST_NAME: user.lastName,
  PERSONAL_GENDER: '',
  PERSONAL_PHOTO: '',
  TIME_ZONE: 'Europe/Moscow',
  TIME_ZONE_OFFSET: 10800,
})

const appInfo = ({ portal }: MethodContext) => ({
  ID: 17,
  CODE: 'local.partner-relay',
  VERSION: 1,
  STATUS: 'L',
  INSTALLED: portal.installed,
  PAYMENT_EXPIRED: 'N',
  DAYS: null,
  LANGUAGE_ID: 'ru',
  LICENSE: 'ru_project',
  LICENSE_TYPE: 'project',
  LICENSE_FAMILY: 'project',
})

/** The REST methods the app and the relay call; anything else is `ERROR_METHOD_NOT_FOUND`. */
export const PORTAL_METHODS: Record<string, (ctx: MethodContext) => unknown> = {
  profile,
  'user.current': profile,
  'app.info': appInfo,
  'crm.item.get': ({ clients, params }) => crmItemGet(clients, params),
  'crm.item.fields': ({ params }) => crmItemFields(params),
  'crm.item.update': ({ clients, params, user }) => crmItemUpdate(clients, params, user.mayEditCards !== false),
  'placement.bind': ({ portal, user, params }) => placementBind(portal, user, params),
  'placement.unbind': ({ portal, user, params }) => placementUnbind(portal, user, params),
  'placement.get': ({ portal, user }) => placementGet(portal, user),
}

export const callMethod = (method: string, ctx: MethodContext) => {
  const run = PORTAL_METHODS[method.toLowerCase()]
  if (!run) throw new PortalError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!')
  return run(ctx)
}

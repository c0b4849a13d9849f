import { ADMIN_ROUTES } from './admin'
import { BANK_ROUTES } from './bank'
import { CRM_WRITE_ROUTES } from './crm-writes'
import { NOTICE_ROUTES } from './notices'
import { OVERVIEW_ROUTES } from './overview'
import { PARTNER_ROUTES } from './partners'
import { RENEWAL_ROUTES } from './renewals'
import { REPORT_ROUTES } from './reports'
import { STATUS_ROUTES } from './status'
import { VENDOR_ROUTES } from './vendor'
import { WIDGET_ROUTES } from './widget'

export { ADMIN_ROUTES } from './admin'
export { BANK_ROUTES } from './bank'
export { CRM_WRITE_ROUTES } from './crm-writes'
export { NOTICE_ROUTES } from './notices'
export { OVERVIEW_ROUTES } from './overview'
export { PARTNER_ROUTES } from './partners'
export { RENEWAL_ROUTES } from './renewals'
export { REPORT_ROUTES } from './reports'
export type { Caller, RouteSpec } from './route-spec'
export { STATUS_ROUTES } from './status'
export { VENDOR_ROUTES } from './vendor'
export { WIDGET_ROUTES } from './widget'

/**
 * The HTTP API v1: the relay validates with it, the client parses with it, OpenAPI is generated from it.
 * Written once, in groups, so the browser imports only the group a screen calls (`./widget`, `./overview`, `./status`, `./vendor`, `./reports`, `./bank`, `./crm-writes`, `./partners`, `./notices`, `./renewals`).
 */
export const ROUTES = {
  ...WIDGET_ROUTES,
  ...OVERVIEW_ROUTES,
  ...STATUS_ROUTES,
  ...VENDOR_ROUTES,
  ...REPORT_ROUTES,
  ...BANK_ROUTES,
  ...CRM_WRITE_ROUTES,
  ...PARTNER_ROUTES,
  ...NOTICE_ROUTES,
  ...RENEWAL_ROUTES,
  ...ADMIN_ROUTES,
}

export type RouteName = keyof typeof ROUTES

import type { Ctx } from '../context'
import { linkedInstallationOf } from '../crm-access/steps/linked-installation'
import type { Deps } from '../deps'
import { crmWritesView } from './steps/crm-writes-view'

/** What the caller's installation lets the relay write into its CRM, whether it may, and how it went (issue 12). */
export const crmWriteSettings = async (deps: Deps, ctx: Ctx) => crmWritesView(deps.db, linkedInstallationOf(ctx).installationId)

import { findCrmAccess } from '../../store/queries/crm-access'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { crmAccessDto } from './steps/crm-access-dto'
import { linkedInstallationOf } from './steps/linked-installation'

/** Whether the relay may act in the caller's own CRM, as a state word (issue 12). */
export const crmAccessView = async (deps: Deps, ctx: Ctx) => {
  const { installationId } = linkedInstallationOf(ctx)
  return { crmAccess: crmAccessDto(await findCrmAccess(deps.db, installationId)) }
}

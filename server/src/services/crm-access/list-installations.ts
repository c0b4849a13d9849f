import type { TCrm, TCrmAccessState, TRole } from '../../../../shared/src/contract'
import { listInstallationsWithAccess } from '../../store/queries/crm-access'
import type { Deps } from '../deps'
import { crmAccessDto } from './steps/crm-access-dto'

/** Every linked CRM account with whether the relay may act in it, for vendor staff (issue 12). */
export const listInstallations = async (deps: Deps) => {
  const rows = await listInstallationsWithAccess(deps.db)
  return {
    installations: rows.map((row) => ({
      id: row.id,
      crm: row.crm as TCrm,
      account: row.account,
      domain: row.domain,
      role: row.role as TRole,
      ...(row.partner_id ? { partnerId: row.partner_id } : {}),
      crmAccess: crmAccessDto({ state: row.state as TCrmAccessState | null, problem: row.problem, updated_at: row.updated_at }),
    })),
  }
}

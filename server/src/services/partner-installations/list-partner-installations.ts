import { partnerInstallations } from '../../store/queries/installations'
import { getPartner } from '../../store/queries/partners'
import type { Deps } from '../deps'
import { toPartnerInstallation } from '../dto/to-partner-installation'

/** The CRM accounts linked to a partner, revoked ones included, newest link first (issue 10). */
export const listPartnerInstallations = async (deps: Deps, partnerId: string) => {
  await getPartner(deps.db, partnerId)
  return { installations: (await partnerInstallations(deps.db, partnerId)).map(toPartnerInstallation) }
}

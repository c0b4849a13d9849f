import { countLiveViolations, getPartner } from '../../../store/queries/partners'
import type { Deps, Trx } from '../../deps'
import { toPartner } from '../../dto/to-partner'

export const loadPartnerDto = async (trx: Trx, deps: Deps, partnerId: string) =>
  toPartner(deps.program, await getPartner(trx, partnerId), await countLiveViolations(trx, partnerId))

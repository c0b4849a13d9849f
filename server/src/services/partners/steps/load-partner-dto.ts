import type { Db } from '../../../store/db'
import { countLiveViolations, getPartner } from '../../../store/queries/partners'
import type { Deps } from '../../deps'
import { toPartner } from '../../dto/to-partner'

export const loadPartnerDto = async (db: Db, deps: Deps, partnerId: string) =>
  toPartner(deps.program, await getPartner(db, partnerId), await countLiveViolations(db, partnerId))

import type { TPartnerState } from '../../../../shared/src/contract'
import { effectiveStatus } from '../../domain/partners/partner-terms'
import type { Program } from '../../domain/program/program-schema'
import type { PartnerRow } from '../../store/queries/partners'

/** The status a stored partner is priced and privileged at now (AG-1.5). */
export const effectiveStatusOf = (program: Program, partner: PartnerRow): string =>
  effectiveStatus(program, { status: partner.status, state: partner.state as TPartnerState, currentDiscountBps: partner.current_discount_bps })

import type { TPartner, TPartnerState } from '../../../../shared/src/contract'
import { effectiveStatus, type PartnerFacts } from '../../domain/partners/partner-terms'
import type { Program } from '../../domain/program/program-schema'
import type { PartnerRow } from '../../store/queries/partners'

export const statusName = (program: Program, status: string) => program.statuses.find((s) => s.id === status)?.name ?? status

/** What the domain's partner rules read from a stored partner. */
export const toPartnerFacts = (row: Pick<PartnerRow, 'status' | 'state' | 'current_discount_bps'>): PartnerFacts => ({
  status: row.status,
  state: row.state as TPartnerState,
  currentDiscountBps: row.current_discount_bps,
})

export const toPartner = (program: Program, row: PartnerRow, liveViolations: number): TPartner => {
  const facts = toPartnerFacts(row)
  return {
    id: row.id,
    name: row.name,
    inn: row.inn,
    kpp: row.kpp,
    ogrn: row.ogrn ?? null,
    email: row.email,
    address: row.address,
    countries: row.countries,
    extraCountries: row.extra_countries,
    territoryReason: row.territory_reason,
    status: row.status,
    statusName: statusName(program, row.status),
    effectiveStatus: effectiveStatus(program, facts),
    state: facts.state,
    currentDiscountBps: row.current_discount_bps,
    liveViolations,
    createdAt: row.created_at.toISOString(),
  }
}

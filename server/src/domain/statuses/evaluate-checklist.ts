import type { TChecklistRequirement } from '../../../../shared/src/contract/statuses'
import type { Program } from '../program/program-schema'
import { type EvidenceFact, evidenceOn } from './evidence-on'
import { wholeMonthsBetween } from './whole-months-between'

export type Requirements = NonNullable<Program['requirements']>[string]
export type Need = 'required' | 'recommended'
export type Progress = { unit: 'kop'; value: bigint; target: bigint | null } | { unit: 'count' | 'months'; value: number; target: number | null }
export type ChecklistItem = { requirement: TChecklistRequirement; need: Need; isMet: boolean; progress: Progress | null; validUntil: string | null }
export type Checklist = { items: ChecklistItem[]; isMet: boolean; missing: TChecklistRequirement[] }

export type ChecklistFacts = {
  /** Evidence must hold on this date; tenure is counted up to it. */
  asOf: string
  /** The half-year whose marketing events and volume are judged. */
  period: { from: string; to: string }
  evidence: EvidenceFact[]
  volumeKop: bigint
  /** Set by vendor staff for this partner and status (AG-REQ ***). */
  individualThresholdKop?: bigint
  /** Continuous cooperation since (the agreement date). */
  cooperationSince: string | null
  networkSize: number
}

/** Rows judged once per half-year by the review (AG-3.3b), left out of the yearly renewals. */
const HALF_YEAR_ROWS: ReadonlySet<TChecklistRequirement> = new Set(['marketingEventsPerHalfYear', 'halfYearVolumeKop'])
const EVIDENCE_ROWS = [
  'website',
  'certifiedSales',
  'certifiedTechnical',
  'customerTestimonial',
  'jointSupportServices',
  'demoStand',
  'annualBusinessPlan',
  'partnerReporting',
] as const

const needOf = (value: unknown): Need | null => {
  if (value === null || value === undefined || value === 'none') return null
  return value === 'recommended' ? 'recommended' : 'required'
}

const rowsOf = (requirements: Requirements, facts: ChecklistFacts): ChecklistItem[] => {
  const evidenceRows = EVIDENCE_ROWS.map((requirement): ChecklistItem | null => {
    const need = needOf(requirements[requirement])
    const { holds, validUntil } = evidenceOn({ evidence: facts.evidence, requirement, date: facts.asOf })
    return need && { requirement, need, isMet: holds, progress: null, validUntil }
  })
  const events = facts.evidence.filter((e) => e.requirement === 'marketingEvent' && e.recordedOn >= facts.period.from && e.recordedOn <= facts.period.to).length
  const eventTarget = typeof requirements.marketingEventsPerHalfYear === 'number' ? requirements.marketingEventsPerHalfYear : null
  const tenure = facts.cooperationSince ? wholeMonthsBetween(facts.cooperationSince, facts.asOf) : 0
  const threshold = requirements.halfYearVolumeKop === null ? null : (facts.individualThresholdKop ?? requirements.halfYearVolumeKop)
  const counted = (requirement: TChecklistRequirement, need: Need | null, progress: Progress, isMet: boolean): ChecklistItem | null =>
    need && { requirement, need, isMet, progress, validUntil: null }
  const rows: (ChecklistItem | null)[] = [
    ...evidenceRows.slice(0, 6),
    counted(
      'marketingEventsPerHalfYear',
      needOf(requirements.marketingEventsPerHalfYear),
      { unit: 'count', value: events, target: eventTarget },
      events >= (eventTarget ?? 1),
    ),
    counted(
      'tenureMonths',
      needOf(requirements.tenureMonths),
      { unit: 'months', value: tenure, target: requirements.tenureMonths },
      tenure >= (requirements.tenureMonths ?? 0),
    ),
    ...evidenceRows.slice(6),
    counted('halfYearVolumeKop', needOf(threshold), { unit: 'kop', value: facts.volumeKop, target: threshold }, facts.volumeKop >= (threshold ?? 0n)),
    counted(
      'networkSize',
      needOf(requirements.networkSize),
      { unit: 'count', value: facts.networkSize, target: requirements.networkSize ?? null },
      facts.networkSize >= (requirements.networkSize ?? 0),
    ),
  ]
  return rows.filter((row) => row !== null)
}

/**
 * A partner's checklist against one status's column of AG-REQ: every row the column asks for,
 * required or recommended, whether it is met and the progress toward numeric targets. `renewal`
 * leaves out the half-year rows, which the half-year review judges (AG-3.2, AG-3.3b).
 */
export const evaluateChecklist = ({
  requirements,
  facts,
  scope = 'full',
}: {
  requirements: Requirements
  facts: ChecklistFacts
  scope?: 'full' | 'renewal'
}): Checklist => {
  const items = rowsOf(requirements, facts).filter((item) => scope === 'full' || !HALF_YEAR_ROWS.has(item.requirement))
  const missing = items.filter((item) => item.need === 'required' && !item.isMet).map((item) => item.requirement)
  return { items, isMet: missing.length === 0, missing }
}

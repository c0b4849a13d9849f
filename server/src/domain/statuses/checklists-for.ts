import type { Program } from '../program/program-schema'
import { type Checklist, type ChecklistFacts, evaluateChecklist } from './evaluate-checklist'

export type NamedChecklist = Checklist & { status: string; statusName: string }

/**
 * A partner's checklists against several statuses' columns of AG-REQ, each with the partner's
 * individual volume threshold for that status where vendor staff set one (AG-REQ ***). Statuses
 * without requirements are left out.
 */
export const checklistsFor = ({
  program,
  statuses,
  facts,
  thresholds,
  scope = 'full',
}: {
  program: Program
  statuses: string[]
  facts: ChecklistFacts
  thresholds: Record<string, bigint>
  scope?: 'full' | 'renewal'
}): NamedChecklist[] =>
  statuses.flatMap((status) => {
    const requirements = program.requirements?.[status]
    if (!requirements) return []
    const checklist = evaluateChecklist({ requirements, facts: { ...facts, individualThresholdKop: thresholds[status] }, scope })
    return [{ status, statusName: program.statuses.find((s) => s.id === status)?.name ?? status, ...checklist }]
  })

import type { Program } from '../program/program-schema'
import { rankOf } from './rank-of'

/**
 * What a half-year review proposes for one partner (AG-3.3b). The highest review status whose
 * requirements the partner met; otherwise a partner holding a review status goes down the
 * program's downgrade chain to the first status it still qualifies for, never below authorization;
 * a partner below the review statuses keeps its status (Silver is applied for, AG-3.3a).
 */
export const proposeStatus = ({
  program,
  current,
  isMet,
}: {
  program: Program
  current: string
  /** Whether the partner meets a status's requirements for the period. */
  isMet: Record<string, boolean>
}): { proposed: string; eligible: string[] } => {
  const review = program.statusReview?.statuses ?? []
  const eligible = review.filter((status) => isMet[status]).sort((a, b) => rankOf(program, b) - rankOf(program, a))
  if (eligible.length > 0) return { proposed: eligible[0], eligible }
  if (!review.includes(current)) return { proposed: current, eligible }
  const floor = program.authorization?.status ?? program.defaultStatus
  let status = current
  for (;;) {
    const next = program.downgrade[status]
    if (!next || rankOf(program, next) <= rankOf(program, floor)) return { proposed: floor, eligible }
    status = next
    if (!review.includes(status) && (isMet[status] ?? true)) return { proposed: status, eligible }
  }
}

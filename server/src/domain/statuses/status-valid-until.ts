import type { Program } from '../program/program-schema'
import { yearEndOf } from './year-end-of'

/**
 * The end of the term a status starting on `effectiveOn` gets (AG-3.3a): a status granted on
 * application runs to the end of that calendar year; the others run until changed (a review
 * status until the next list, AG-3.3b; authorization by its certificate, AG-3.1).
 */
export const statusValidUntil = ({ program, status, effectiveOn }: { program: Program; status: string; effectiveOn: string }): string | null =>
  program.statusApplication?.statuses.includes(status) ? yearEndOf(effectiveOn) : null

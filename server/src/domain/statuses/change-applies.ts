import type { Program } from '../program/program-schema'
import { rankOf } from './rank-of'

/**
 * Whether a scheduled status change still applies on its date (AG-3.3a, AG-3.3b): a status granted
 * on application never lowers a partner that has since risen above it (a Gold list published
 * before the Silver quarter starts); review and staff decisions apply as decided.
 */
export const changeApplies = ({
  program,
  source,
  currentStatus,
  toStatus,
}: {
  program: Program
  source: string
  currentStatus: string
  toStatus: string
}): boolean => source !== 'application' || rankOf(program, currentStatus) < rankOf(program, toStatus)

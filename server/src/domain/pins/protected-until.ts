import type { Program } from '../program/program-schema'
import { registrationValidUntil } from '../statuses/registration-valid-until'

/**
 * The end of deal protection for a registration approved, or renewed, on `day` (AG-4); null in a
 * program that does not protect deals. A renewal extends from the later of `currentUntil` and `day`.
 */
export const protectedUntil = ({ program, day, currentUntil }: { program: Program; day: string; currentUntil?: string | null }): string | null => {
  const protection = program.dealProtection
  return protection ? registrationValidUntil({ from: day, validityDays: protection.validityDays, currentUntil }) : null
}

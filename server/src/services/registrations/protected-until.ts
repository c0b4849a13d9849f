import { registrationValidUntil } from '../../domain/statuses/registration-valid-until'
import type { Deps } from '../deps'

/** The end of deal protection for a registration approved on `day`, when the program protects deals (AG-4). */
export const protectedUntil = (deps: Deps, day: string, currentUntil?: string | null): string | null => {
  const protection = deps.program.dealProtection
  return protection ? registrationValidUntil({ from: day, validityDays: protection.validityDays, currentUntil }) : null
}

import { addDays } from '../invoices/add-months'

/**
 * The last day a deal registration protects the deal (AG-4): `validityDays` days after it was
 * approved, or, on a renewal, after the later of its current end and the day of the decision, so
 * renewing early loses no days and renewing late gives a full period.
 */
export const registrationValidUntil = ({ from, validityDays, currentUntil }: { from: string; validityDays: number; currentUntil?: string | null }): string =>
  addDays(currentUntil && currentUntil > from ? currentUntil : from, validityDays)

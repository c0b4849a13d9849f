import type { TCrmAccessState } from '../../../../../shared/src/contract'

type Stored = { state: TCrmAccessState | null; problem: string | null; updated_at: Date | null } | undefined

/** An installation's access as the staff and the partner see it: a state word and why, never a token. */
export const crmAccessDto = (row: Stored) => ({
  state: row?.state ?? ('none' as const),
  ...(row?.problem ? { problem: row.problem } : {}),
  ...(row?.updated_at ? { updatedAt: row.updated_at.toISOString() } : {}),
})

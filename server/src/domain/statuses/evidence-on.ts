export type EvidenceFact = { requirement: string; recordedOn: string; validUntil: string | null }

/**
 * The evidence of one requirement that holds on `date` (AG-REQ): recorded on or before it and not
 * expired; answers whether any holds and until when (null: open-ended).
 */
export const evidenceOn = ({ evidence, requirement, date }: { evidence: EvidenceFact[]; requirement: string; date: string }) => {
  const holding = evidence.filter((e) => e.requirement === requirement && e.recordedOn <= date && (e.validUntil === null || e.validUntil >= date))
  if (holding.length === 0) return { holds: false, validUntil: null }
  const isOpenEnded = holding.some((e) => e.validUntil === null)
  return {
    holds: true,
    validUntil: isOpenEnded
      ? null
      : holding
          .map((e) => e.validUntil!)
          .sort()
          .at(-1)!,
  }
}

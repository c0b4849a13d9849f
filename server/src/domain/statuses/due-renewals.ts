export type RenewalKind = 'certificate' | 'status'

/**
 * The yearly terms a partner must renew today (AG-3.2, AG-3.3a): the certificate on its last day
 * (31 January), a status term the day after it ended (1 January for Silver).
 */
export const dueRenewals = ({
  certificateValidUntil,
  statusValidUntil,
  today,
}: {
  certificateValidUntil: string | null
  statusValidUntil: string | null
  today: string
}): { kind: RenewalKind; dueOn: string }[] => [
  ...(certificateValidUntil && certificateValidUntil <= today ? [{ kind: 'certificate' as const, dueOn: certificateValidUntil }] : []),
  ...(statusValidUntil && statusValidUntil < today ? [{ kind: 'status' as const, dueOn: statusValidUntil }] : []),
]

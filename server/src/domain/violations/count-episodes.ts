/** A live violation as the repeat rule sees it: the day it was committed and the day the partner was told of it. */
export type ViolationFacts = {
  /** The day the rule was broken (for an overdue transfer, the day after the deadline). */
  occurredOn: string
  /**
   * The day the partner was told: the day the relay recorded the violation, since recording it puts it
   * on the partner's overview and queues the e-mail telling the partner, in one transaction.
   */
  noticedOn: string
}

export type RepeatCountsAfter = 'notice' | 'violation'

/**
 * How many episodes of violation the partner has (AT-4.1 «повторное нарушение», AG-1.5): the count
 * the status consequence reads, while each violation stays on record.
 * With `notice`, a violation is a repeat only when it was committed after the partner was told of an
 * earlier one; those committed on or before that day (found in the same overdue pass, or back-dated
 * before the first notice) join the episode. With `violation`, every live violation is an episode.
 */
export const countEpisodes = ({ violations, repeatCountsAfter }: { violations: ViolationFacts[]; repeatCountsAfter: RepeatCountsAfter }): number => {
  if (repeatCountsAfter === 'violation') return violations.length
  const byCommitted = [...violations].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.noticedOn.localeCompare(b.noticedOn))
  let episodes = 0
  /** The first day the partner knew of the current episode. */
  let toldOn: string | null = null
  for (const violation of byCommitted) {
    if (toldOn === null || violation.occurredOn > toldOn) {
      episodes += 1
      toldOn = violation.noticedOn
    } else if (violation.noticedOn < toldOn) {
      toldOn = violation.noticedOn
    }
  }
  return episodes
}

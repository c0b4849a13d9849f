/**
 * The last day of an authorization certificate issued on `issuedOn` (AG-3.1): the program's
 * month-day ('01-31') of the year after the year of issue.
 */
export const certificateValidUntil = ({ issuedOn, monthDay }: { issuedOn: string; monthDay: string }): string =>
  `${Number(issuedOn.slice(0, 4)) + 1}-${monthDay}`

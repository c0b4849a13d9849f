const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The first day of the quarter after the one `date` falls in (AG-3.3a): a status granted on any day
 * of a quarter, its first day included, starts with the next quarter, never mid-quarter.
 */
export const nextQuarterStart = (date: string): string => {
  const [year, month] = date.split('-').map(Number)
  const nextQuarter = Math.floor((month - 1) / 3) + 1
  return nextQuarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(nextQuarter * 3 + 1)}-01`
}

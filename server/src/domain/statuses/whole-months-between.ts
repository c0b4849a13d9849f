/** Whole calendar months from `from` to `to` (a month counts once its day is reached); 0 when `to` is earlier. */
export const wholeMonthsBetween = (from: string, to: string): number => {
  const [y1, m1, d1] = from.split('-').map(Number)
  const [y2, m2, d2] = to.split('-').map(Number)
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0)
  return Math.max(0, months)
}

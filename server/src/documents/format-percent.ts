/** Formats basis points as a Russian percentage: 2000 → "20%", 2250 → "22,5%", 1234 → "12,34%". */
export const formatPercent = (bps: number): string => {
  const whole = Math.trunc(bps / 100)
  const fraction = String(Math.abs(bps % 100))
    .padStart(2, '0')
    .replace(/0+$/, '')
  return fraction ? `${whole},${fraction}%` : `${whole}%`
}

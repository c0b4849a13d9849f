const NBSP = '\u00a0'

/**
 * Kopecks as a Russian amount for documents: 123456n → "1 234,56". Thousands are grouped with a
 * no-break space so an amount never wraps across lines.
 */
export const formatKop = (kop: bigint): string => {
  const abs = kop < 0n ? -kop : kop
  const rubles = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)
  const kopecks = (abs % 100n).toString().padStart(2, '0')
  return `${kop < 0n ? '-' : ''}${rubles},${kopecks}`
}

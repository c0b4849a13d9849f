/**
 * Fixed non-working holidays of the Labour Code of the Russian Federation, art. 112, as 'MM-DD':
 * the New Year holidays (1–6 and 8 January), Christmas (7 January), 23 February, 8 March, 1 May,
 * 9 May, 12 June and 4 November. Used only for years without a calendar file, where the result
 * is flagged as estimated: the yearly decree also moves days off, which no fixed list can know.
 */
export const ART_112_HOLIDAYS: ReadonlySet<string> = new Set([
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
])

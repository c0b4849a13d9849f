const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']

/**
 * Writes a 'YYYY-MM-DD' date as Russian documents do: "23 ноября 2026 г.".
 * @throws Error for a string that is not 'YYYY-MM-DD' with a real month.
 */
export const formatDateRu = (date: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const month = match ? MONTHS_GENITIVE[Number(match[2]) - 1] : undefined
  if (!match || !month) throw new Error(`Not a calendar date: ${date}`)
  return `${Number(match[3])} ${month} ${match[1]} г.`
}

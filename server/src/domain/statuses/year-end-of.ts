/** 31 December of the year `date` falls in: where a Silver term ends (AG-3.3a). */
export const yearEndOf = (date: string): string => `${date.slice(0, 4)}-12-31`

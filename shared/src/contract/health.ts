import { z } from 'zod/mini'

export const ZHealthResponse = z.object({ status: z.literal('ok') })
/** Next year's production calendar, told from 1 October while its file is missing or provisional. */
export const ZCalendarNotice = z.object({ year: z.int(), state: z.enum(['missing', 'provisional']) })
export type TCalendarNotice = z.infer<typeof ZCalendarNotice>

export const ZReadyResponse = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']),
  /** Ready all the same: a warning for the operator, not a failure. */
  calendar: z.nullable(ZCalendarNotice),
})
export type TReadyResponse = z.infer<typeof ZReadyResponse>

import { z } from 'zod/mini'

export const ZHealthResponse = z.object({ status: z.literal('ok') })
export const ZReadyResponse = z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) })

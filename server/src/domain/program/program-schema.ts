import type { z } from 'zod'
import { crossCheckProgram } from './cross-check-program'
import { ZProgramShape } from './program-shape'

/**
 * A program file: vendor, products, statuses, discount matrix, deadlines and policies. Every rule
 * reads its numbers from here, never from code. Money is integer kopecks in JSON, bigint parsed.
 */
export const ZProgramFile = ZProgramShape.superRefine(crossCheckProgram)

export type Program = z.output<typeof ZProgramFile>
export type Product = Program['products'][number]
export type Category = Program['categories'][number]
export type Status = Program['statuses'][number]
export type DiscountCell = Program['discounts'][string][string]

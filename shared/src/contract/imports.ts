import { z } from 'zod/mini'

/** Largest import file the relay reads: 10 000 clients with their terms are about 1 MB. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024

/** The kinds of an import (issue 10): partners; clients with their pins and paid terms; historic invoices. */
export const ZImportKind = z.enum(['partners', 'clients', 'invoices'])
export type TImportKind = z.infer<typeof ZImportKind>

export const ZImportRequest = z.strictObject({
  /** The CSV file as exported (UTF-8 or Windows-1251, «;» or «,»), base64. */
  file: z.string().check(z.minLength(1), z.maxLength(Math.ceil(IMPORT_MAX_BYTES / 3) * 4), z.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The CSV file, base64-encoded')),
  /** The kind, when the header alone does not tell. */
  kind: z.optional(ZImportKind),
})
export type TImportRequest = z.infer<typeof ZImportRequest>

export const ZImportOutcome = z.enum(['created', 'unchanged', 'conflict', 'error'])

/**
 * Why a line is an error or a conflict: the field, its column as the file's header names it (null:
 * the whole line), and the reason, in Russian and English.
 */
export const ZImportProblem = z.object({ field: z.string(), column: z.nullable(z.string()), ru: z.string(), en: z.string() })

export const ZImportLineResult = z.object({
  /** The line of the file (the header is line 1). */
  line: z.int(),
  key: z.string(),
  outcome: ZImportOutcome,
  problems: z.array(ZImportProblem),
})
export type TImportLineResult = z.infer<typeof ZImportLineResult>

export const ZImportResult = z.object({
  kind: ZImportKind,
  /** False for the dry run; true once written, in one transaction. */
  applied: z.boolean(),
  summary: z.object({ created: z.int(), unchanged: z.int(), conflict: z.int(), error: z.int() }),
  lines: z.array(ZImportLineResult),
})
export type TImportResult = z.infer<typeof ZImportResult>

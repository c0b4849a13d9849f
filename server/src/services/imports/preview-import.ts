import type { TImportRequest, TImportResult } from '../../../../shared/src/contract'
import type { ImportColumns } from '../../domain/imports/read-import'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { today } from '../today'
import { type ImportPlan, planImport } from './steps/plan-import'
import { readImportFile } from './steps/read-import-file'

/**
 * The answer of a dry run or an applied import: each line's outcome and the counts, each problem
 * with its column as the file's header names it (null: the whole line).
 */
export const importResult = (plan: ImportPlan, columns: ImportColumns, applied: boolean): TImportResult => {
  const summary = { created: 0, unchanged: 0, conflict: 0, error: 0 }
  for (const result of plan.results) summary[result.outcome] += 1
  const lines = plan.results.map((result) => ({
    ...result,
    problems: result.problems.map((problem) => ({ ...problem, column: columns[problem.field] ?? null })),
  }))
  return { kind: plan.kind, applied, summary, lines }
}

/**
 * The dry run of an import (issue 10): each line of the file as created, unchanged, a conflict
 * (a client pinned to another partner, a partner that differs) or an error naming the column and
 * the reason, in Russian and English. Writes nothing.
 * @throws invalid_request for a file that cannot be read at all (encoding, NUL byte, header).
 */
export const previewImport = async (deps: Deps, ctx: Ctx, body: TImportRequest): Promise<TImportResult> => {
  const file = readImportFile(Buffer.from(body.file, 'base64'), { program: deps.program, today: today(deps, ctx), kind: body.kind })
  return importResult(await planImport(deps.db, file), file.columns, false)
}

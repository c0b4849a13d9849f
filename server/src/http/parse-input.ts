import { z } from 'zod'
import { AppError } from '../../../shared/src/contract'

// The contract is written with zod/mini, which leaves issue texts to the caller: the relay answers
// in English. (Loading classic zod does the same; this says so where the messages are made.)
z.config(z.locales.en())

/** `reason` names a known mistake (`inn_length`, `inn_checksum`) so the widget can say which one it is. */
export type FieldProblem = { path: string; message: string; reason?: string }

const reasonOf = (issue: z.core.$ZodIssue): string | undefined => {
  const reason = issue.code === 'custom' ? (issue.params as { reason?: unknown } | undefined)?.reason : undefined
  return typeof reason === 'string' ? reason : undefined
}

const joinPath = (path: readonly PropertyKey[]) => path.map(String).join('.')

/** One problem per field; an unknown key is reported at its own path so the form can point at it. */
export const toFieldProblems = (issues: readonly z.core.$ZodIssue[]): FieldProblem[] =>
  issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: 'Unknown field' }))
      : [{ path: joinPath(issue.path), message: issue.message, ...(reasonOf(issue) ? { reason: reasonOf(issue) } : {}) }],
  )

/**
 * Parses a request part with its contract schema.
 * @throws AppError invalid_request with `details.fields` listing every problem
 */
export const parseInput = <S extends z.core.$ZodType>(schema: S, value: unknown, part: 'body' | 'query'): z.output<S> => {
  const result = z.safeParse(schema, value)
  if (result.success) return result.data
  const fields = toFieldProblems(result.error.issues)
  const first = fields[0]
  const where = first?.path ? `${first.path}: ` : ''
  throw new AppError('invalid_request', `Invalid request ${part}: ${where}${first?.message ?? 'does not match'}`, {
    details: { fields },
  })
}

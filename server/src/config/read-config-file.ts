import { readFileSync } from 'node:fs'
import type { z } from 'zod'
import { formatFileIssues } from './format-file-issues'

/**
 * Reads a JSON configuration file (program, calendar) and validates it. Configuration is read
 * once at start-up, so this is synchronous on purpose.
 * @throws Error naming the file and the path of every bad field.
 */
export const readConfigFile = <T extends z.ZodType>(file: string, schema: T): z.output<T> => {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const result = schema.safeParse(json)
  if (!result.success) throw new Error(formatFileIssues(file, result.error.issues))
  return result.data
}

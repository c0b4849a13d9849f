import type { z } from 'zod'

const MAX_LISTED = 10

/**
 * One line per problem, "file: field.path: message", so whoever edits a configuration file
 * sees exactly which field to fix.
 */
export const formatFileIssues = (file: string, issues: readonly z.core.$ZodIssue[]): string => {
  const lines = issues.slice(0, MAX_LISTED).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)'
    return `${file}: ${field}: ${issue.message}`
  })
  const hidden = issues.length - lines.length
  return hidden > 0 ? [...lines, `${file}: and ${hidden} more`].join('\n') : lines.join('\n')
}

import type { RequestHandler } from 'express'
import { AppError } from '../../../shared/src/contract'
import type { FieldProblem } from './parse-input'

// PostgreSQL refuses U+0000 in text, and no field of the API has a use for the other C0 controls.
// Free text (body, query) may hold tab, newline and carriage return; ids and headers nothing at all.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this file is for
const IN_FREE_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this file is for
const IN_IDENTIFIER = /[\u0000-\u001F]/

/** The headers the relay reads; any other header is never looked at, so it cannot reach the database. */
const READ_HEADERS = ['authorization', 'x-auth-token', 'x-b24-member-id', 'x-b24-domain', 'x-b24-auth-expires', 'idempotency-key'] as const

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

// A key holding a control character is named with the character escaped, so the answer stays printable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this file is for
const printable = (key: string) => key.replace(/[\u0000-\u001F]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)

const problem = (path: string, found: string): FieldProblem => ({
  path,
  message: `Control characters are not allowed (found ${codePoint(found)})`,
})

/** Every string under `value` (keys too, at any depth) holding a character `pattern` forbids. */
export const findControlCharacters = (value: unknown, pattern: RegExp = IN_FREE_TEXT, path: string[] = []): FieldProblem[] => {
  if (typeof value === 'string') {
    const found = pattern.exec(value)
    return found ? [problem(path.join('.'), found[0])] : []
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findControlCharacters(item, pattern, [...path, String(index)]))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => {
    const found = pattern.exec(key)
    const at = [...path, printable(key)]
    return found ? [problem(at.join('.'), found[0])] : findControlCharacters(item, pattern, at)
  })
}

/** Whether any string under `value` (keys too) holds a character `pattern` forbids: the check without the report. */
const holdsControlCharacter = (value: unknown, pattern: RegExp): boolean => {
  if (typeof value === 'string') return pattern.test(value)
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) {
    for (const item of value) if (holdsControlCharacter(item, pattern)) return true
    return false
  }
  for (const key of Object.keys(value)) {
    if (pattern.test(key) || holdsControlCharacter((value as Record<string, unknown>)[key], pattern)) return true
  }
  return false
}

/**
 * Throws when any part holds a control character, naming every field that does. Clean input (every
 * request but a refused one) is only walked, without building the report.
 * @throws AppError invalid_request with `details.fields`, the shape of the relay's other validation errors
 */
export const assertNoControlCharacters = (part: 'path' | 'query' | 'header' | 'body', value: unknown): void => {
  const pattern = part === 'path' || part === 'header' ? IN_IDENTIFIER : IN_FREE_TEXT
  if (!holdsControlCharacter(value, pattern)) return
  const fields = findControlCharacters(value, pattern)
  if (fields.length === 0) return
  const [first] = fields
  const where = first.path ? `${first.path}: ` : ''
  throw new AppError('invalid_request', `Invalid request ${part}: ${where}${first.message}`, { details: { fields } })
}

/**
 * Refuses path parameters, query values and the headers the relay reads when they hold control
 * characters, before anything looks them up. The JSON body is checked once it is parsed.
 */
export const refuseControlCharacters: RequestHandler = (req, _res, next) => {
  assertNoControlCharacters('path', req.params)
  assertNoControlCharacters('query', req.query)
  if (READ_HEADERS.some((name) => holdsControlCharacter(req.headers[name], IN_IDENTIFIER))) {
    assertNoControlCharacters('header', Object.fromEntries(READ_HEADERS.map((name) => [name, req.get(name)])))
  }
  next()
}

/** Refuses a parsed JSON body holding control characters in any value or key, at any depth. */
export const refuseControlCharactersInBody: RequestHandler = (req, _res, next) => {
  if (req.body !== undefined) assertNoControlCharacters('body', req.body)
  next()
}

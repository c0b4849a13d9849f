import type { Response } from 'express'
import type { BinaryDocument } from './http-deps'

const isBinaryDocument = (value: unknown): value is BinaryDocument => {
  const doc = value as Partial<BinaryDocument> | null
  return typeof doc?.contentType === 'string' && typeof doc.filename === 'string' && Buffer.isBuffer(doc.body)
}

/** Sends a file download; non-Latin names (Cyrillic invoice names) go in RFC 5987 `filename*`. */
export const sendDocument = (res: Response, status: number, result: unknown): void => {
  if (!isBinaryDocument(result)) throw new TypeError('A document route must return { contentType, filename, body: Buffer }')
  res.status(status).attachment(result.filename).type(result.contentType).send(result.body)
}

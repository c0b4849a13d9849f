import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/** RELAY_SECRET_KEY, and while keys rotate the one before it (read only to decrypt). */
export type SecretKeys = { current: Buffer; previous?: Buffer }

export type TokenBox = {
  /** Encrypts a token under the current key, bound to its installation and slot. */
  seal(plain: string, context: string): string
  /** Decrypts with whichever key sealed it; throws when the text was altered or moved to another row. */
  open(sealed: string, context: string): string
  /** Whether the text was sealed under the current key (re-encryption skips those). */
  isCurrent(sealed: string): boolean
}

const IV_BYTES = 12
const keyId = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8)

/**
 * AES-256-GCM for the OAuth tokens at rest (issue 12). The sealed form is
 * `v1:<key id>:<iv>:<ciphertext>:<tag>` (base64url): the key id picks the key to decrypt with,
 * so RELAY_SECRET_KEY can rotate with the old key in RELAY_SECRET_KEY_PREVIOUS. The context
 * (installation id and token slot) is authenticated data: a sealed token copied to another
 * installation's row, or from the refresh slot to the access slot, does not open.
 */
export const createTokenBox = (keys: SecretKeys): TokenBox => {
  const byId = new Map([keys.previous, keys.current].filter((k): k is Buffer => k !== undefined).map((k) => [keyId(k), k]))
  const currentId = keyId(keys.current)
  return {
    seal: (plain, context) => {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', keys.current, iv).setAAD(Buffer.from(context))
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return ['v1', currentId, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join(':')
    },
    open: (sealed, context) => {
      const [version, id, iv, body, tag] = sealed.split(':')
      const key = byId.get(id)
      if (version !== 'v1' || !key || tag === undefined)
        throw new Error('A sealed token under an unknown key: set RELAY_SECRET_KEY_PREVIOUS to the key it was sealed with')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(Buffer.from(context))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
    },
    isCurrent: (sealed) => sealed.split(':')[1] === currentId,
  }
}

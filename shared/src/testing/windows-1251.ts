/** Windows-1251 bytes of a text, as Russian client-banks write their statements (Node only encodes UTF-8). */
export const encodeWindows1251 = (text: string): Uint8Array =>
  Uint8Array.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0)
      if (code < 0x80) return code
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
      const other = OTHERS[char]
      if (other === undefined) throw new Error(`no Windows-1251 byte for ${char}`)
      return other
    }),
  )

const OTHERS: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '№': 0xb9, '«': 0xab, '»': 0xbb, '—': 0x97 }

// Draws the widget's five logos (a "PR" mark on the brand blue) as small PNGs. Run once; the
// images are committed. Usage: node widget-amocrm/build/make-logos.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZES = { 'logo_main.png': [400, 272], 'logo_small.png': [108, 108], 'logo_medium.png': [240, 84], 'logo_min.png': [84, 84], 'logo.png': [130, 100] }
const BLUE = [37, 99, 201]
const WHITE = [255, 255, 255]

// 5×7 glyphs, one string per row.
const GLYPHS = {
  P: ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes) => {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

const draw = (width, height) => {
  const pixels = Array.from({ length: height }, () => Array.from({ length: width }, () => BLUE))
  const scale = Math.max(1, Math.floor(Math.min(width / 13, height / 9) * 0.8))
  const textWidth = (5 * 2 + 1) * scale
  const left = Math.floor((width - textWidth) / 2)
  const top = Math.floor((height - 7 * scale) / 2)
  ;['P', 'R'].forEach((letter, index) => {
    GLYPHS[letter].forEach((row, y) =>
      [...row].forEach((bit, x) => {
        if (bit !== '1') return
        for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) pixels[top + y * scale + dy][left + (index * 6 + x) * scale + dx] = WHITE
      }),
    )
  })
  const raw = Buffer.concat(pixels.map((row) => Buffer.from([0, ...row.flat()])))
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

for (const [name, [width, height]] of Object.entries(SIZES)) {
  const png = draw(width, height)
  writeFileSync(new URL(`../images/${name}`, import.meta.url), png)
  console.log(`${name} ${width}×${height} ${png.length} B`)
}

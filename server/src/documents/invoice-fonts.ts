import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** DejaVu Sans covers Cyrillic, "№" and "₽"; the PDF standard fonts cover none of them. */
export const FONT_REGULAR = 'DejaVuSans'
export const FONT_BOLD = 'DejaVuSans-Bold'

export type FontName = typeof FONT_REGULAR | typeof FONT_BOLD

export const registerInvoiceFonts = (doc: PDFKit.PDFDocument): void => {
  doc.registerFont(FONT_REGULAR, require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))
  doc.registerFont(FONT_BOLD, require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'))
}

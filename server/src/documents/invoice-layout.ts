import { FONT_BOLD, FONT_REGULAR, type FontName } from './invoice-fonts'

/** A4 portrait in points, with the margins a printed invoice keeps clear. */
export const PAGE = { width: 595.28, height: 841.89, margin: 36 } as const
export const CONTENT_LEFT = PAGE.margin
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin
export const CONTENT_RIGHT = CONTENT_LEFT + CONTENT_WIDTH
/** Content stops here; the page footer lives below. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin - 18

export const INK = '#000000'
export const MUTED = '#555555'
export const STAMP = '#c00000'

export type TextStyle = { font: FontName; size: number; color?: string }

export const STYLE = {
  body: { font: FONT_REGULAR, size: 9 },
  bodyBold: { font: FONT_BOLD, size: 9 },
  caption: { font: FONT_REGULAR, size: 7, color: MUTED },
  cell: { font: FONT_REGULAR, size: 8 },
  cellHeader: { font: FONT_BOLD, size: 7.5 },
  title: { font: FONT_BOLD, size: 14 },
} satisfies Record<string, TextStyle>

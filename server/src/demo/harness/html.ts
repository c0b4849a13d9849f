const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Markup that is already safe to insert. */
export type Html = { readonly html: string }

export const raw = (html: string): Html => ({ html })

const render = (value: unknown): string => {
  if (value === null || value === undefined || value === false) return ''
  if (Array.isArray(value)) return value.map(render).join('')
  if (typeof value === 'object' && 'html' in value) return (value as Html).html
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c])
}

/** A template tag that escapes every interpolated value unless it is `Html`. */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): Html =>
  raw(strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]) : ''), ''))

/** JSON for a `<script type="application/json">` block: `<` escaped so no value can close the tag. */
export const jsonScript = (id: string, value: unknown): Html =>
  raw(`<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`)

type Page = { title: string; lang: string; head?: Html; body: Html; bodyClass: string }

export const page = ({ title, lang, head, body, bodyClass }: Page): string =>
  html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body class="${bodyClass}">
${body}
</body>
</html>
`.html

import { unzipSync } from 'fflate'

export type WidgetManifest = {
  widget: { name: string; version: string; locale: string[]; [key: string]: unknown }
  locations: string[]
  settings?: Record<string, { name: string; type: string; required?: boolean }>
  advanced?: { title: string }
}

/** The uploaded widget as amoCRM keeps it: the archive's files by path, the manifest and the i18n files. */
export type WidgetArchive = {
  files: Map<string, Uint8Array>
  manifest: WidgetManifest
  i18n: Record<string, unknown>
}

const REQUIRED = ['manifest.json', 'i18n/', 'images/']

/**
 * Unpacks `widget.zip` and refuses it the way amoCRM's upload does when the manifest is not at the
 * archive root or a required folder is missing.
 */
export const readWidgetArchive = (zip: Uint8Array): WidgetArchive => {
  const entries = unzipSync(zip)
  const files = new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')))
  const names = Object.keys(entries)
  const missing = REQUIRED.filter((required) => !names.some((name) => name === required || name.startsWith(required)))
  if (missing.length > 0) throw new Error(`widget.zip is missing ${missing.join(', ')} at its root`)
  const json = (name: string): unknown => JSON.parse(new TextDecoder().decode(files.get(name)))
  const manifest = json('manifest.json') as WidgetManifest
  const i18n = Object.fromEntries(manifest.widget.locale.map((locale) => [locale, json(`i18n/${locale}.json`)]))
  return { files, manifest, i18n }
}

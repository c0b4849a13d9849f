import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { en } from '../../shared/src/i18n/en'
import { type Messages, ru } from '../../shared/src/i18n/ru'

const DICTIONARIES: Record<string, Messages> = { ru, en }

/**
 * amoCRM hands a widget the i18n file of the user's interface language (the widget's `langs`), so
 * the UI's dictionary travels there as `ui`, next to the manifest's own words: a page gets one
 * language and script.js carries none. `folder` holds the manifest's i18n files; the built ones
 * replace them in the archive. The size budget counts the larger of the two.
 */
export const uiMessagesInI18n = (folder: string): Plugin => ({
  name: 'ui-messages-in-i18n',
  generateBundle() {
    for (const [locale, messages] of Object.entries(DICTIONARIES)) {
      const manifestWords = JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8')) as Record<string, unknown>
      if ('ui' in manifestWords) this.error(`${locale}.json already has a "ui" key: the UI's dictionary goes there`)
      const source = `${JSON.stringify({ ...manifestWords, ui: messages }, null, 2)}\n`
      this.emitFile({ type: 'asset', fileName: `i18n/${locale}.json`, source })
    }
  },
})

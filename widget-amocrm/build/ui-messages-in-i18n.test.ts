import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { en } from '../../shared/src/i18n/en'
import { ru } from '../../shared/src/i18n/ru'
import { uiMessagesInI18n } from './ui-messages-in-i18n'

type Emitted = { fileName: string; source: string }

/** Runs the plugin's generateBundle over i18n files with the given contents; returns what it emitted. */
const emitFor = (files: Record<string, object>) => {
  const folder = mkdtempSync(join(tmpdir(), 'widget-i18n-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), JSON.stringify(content))
  const emitted: Emitted[] = []
  const context = {
    emitFile: (file: Emitted) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message)
    },
  }
  const hook = uiMessagesInI18n(folder).generateBundle as unknown as (this: typeof context) => void
  hook.call(context)
  return Object.fromEntries(emitted.map((file) => [file.fileName, JSON.parse(file.source)]))
}

test("each language's i18n file keeps the manifest's words and carries the UI's dictionary as ui", () => {
  const emitted = emitFor({ 'ru.json': { widget: { name: 'Партнёрский релей' } }, 'en.json': { widget: { name: 'Partner Relay' } } })
  expect(emitted['i18n/ru.json']).toEqual({ widget: { name: 'Партнёрский релей' }, ui: ru })
  expect(emitted['i18n/en.json']).toEqual({ widget: { name: 'Partner Relay' }, ui: en })
})

test('an i18n file that already has a ui key stops the build', () => {
  expect(() => emitFor({ 'ru.json': { ui: {} }, 'en.json': {} })).toThrow(/already has a "ui" key/)
})

import type { AmoSettings } from './amocrm-types'
import type { ScreenModule, ScreenName } from './screens/screen-module'

type AmdRequire = (ids: string[], onLoad: (module: ScreenModule) => void, onError: (error: unknown) => void) => void

/**
 * Loads one screen's file from the widget folder through amoCRM's own requirejs, so a card never
 * downloads the overview and the other way round. The URL is absolute, whatever id amoCRM gave
 * script.js, and versioned against stale caches; the files a screen shares with the others are
 * its relative AMD dependencies, which requirejs resolves against this URL.
 */
export const loadScreen = (settings: AmoSettings, name: ScreenName): Promise<ScreenModule> =>
  new Promise((resolve, reject) => {
    const amdRequire = (globalThis as { requirejs?: AmdRequire }).requirejs
    if (typeof amdRequire !== 'function' || !settings.path) {
      reject(new Error(`cannot load ${name}.js: no requirejs or no widget path`))
      return
    }
    amdRequire([`${settings.path}/${name}.js?v=${encodeURIComponent(settings.version ?? '1')}`], resolve, reject)
  })

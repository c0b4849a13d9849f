import { mountSettings } from '../../../shared/src/mount/mount-settings'
import { createAmoHost } from '../amocrm-host'
import type { ScreenModule } from './screen-module'

/** settings.js: our settings form inside amoCRM's settings modal. */
export const mount: ScreenModule['mount'] = (element, widget, modal) => mountSettings(element, createAmoHost({ widget, modal }))

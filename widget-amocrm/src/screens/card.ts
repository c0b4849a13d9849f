import { mountCard } from '../../../shared/src/mount/mount-card'
import { createAmoHost } from '../amocrm-host'
import type { ScreenModule } from './screen-module'

/** card.js: the client card panel in the card's right-hand column. */
export const mount: ScreenModule['mount'] = (element, widget) => ({ unmount: mountCard(element, createAmoHost({ widget })) })

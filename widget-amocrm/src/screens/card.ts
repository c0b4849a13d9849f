import { mountCard } from '../../../shared/src/mount/mount-card'
import { createAmoHost } from '../amocrm-host'
import type { ScreenModule } from './screen-module'

/** card.js: the client card panel in the card's right-hand column. */
/** The overview shows a client's card with this very file (CrmHost.loadCard). */
export { mountCard }

export const mount: ScreenModule['mount'] = (element, widget) => ({ unmount: mountCard(element, createAmoHost({ widget })) })

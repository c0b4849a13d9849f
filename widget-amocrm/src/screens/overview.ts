import { mountOverview } from '../../../shared/src/mount/mount-overview'
import { createAmoHost } from '../amocrm-host'
import type { ScreenModule } from './screen-module'

/** overview.js: the partner's or vendor staff's overview on the widget's advanced settings page. */
export const mount: ScreenModule['mount'] = (element, widget) => ({
  // A client opened from a list shows with card.js itself: the overview's file carries no copy of the card.
  unmount: mountOverview(element, createAmoHost({ widget, loadCard: () => import('./card').then((screen) => screen.mountCard) })),
})

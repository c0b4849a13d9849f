import type { CrmHost } from '../host/crm-host'
import { createCardStore } from '../stores/create-card-store'
import { CardPanel } from '../ui/card/card-panel'
import { mountScreen, type Unmount } from './mount-screen'

/** The client card panel (company, contact, lead or deal). */
export const mountCard = (element: HTMLElement, host: CrmHost): Unmount =>
  mountScreen(element, host, (client) => <CardPanel store={createCardStore({ client, host })} />, { isLive: true })

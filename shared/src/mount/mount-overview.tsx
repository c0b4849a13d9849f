import type { CrmHost } from '../host/crm-host'
import { createOverviewStore } from '../stores/create-overview-store'
import { OverviewPage } from '../ui/overview/overview-page'
import { mountScreen, type Unmount } from './mount-screen'

/** The partner's or vendor staff's overview page. */
export const mountOverview = (element: HTMLElement, host: CrmHost): Unmount =>
  mountScreen(element, host, (client) => <OverviewPage store={createOverviewStore({ client, host })} />, { isLive: true })

import type { CrmHost } from '../host/crm-host'
import { loadSettingsMessages } from '../i18n/load-settings-messages'
import { createOverviewStore } from '../stores/create-overview-store'
import { createSettingsStore } from '../stores/create-settings-store'
import { AppPage } from '../ui/app-page'
import { mountScreen, type Unmount } from './mount-screen'

/** Overview and settings as tabs, for a CRM page that has room for both. */
export const mountApp = (element: HTMLElement, host: CrmHost): Unmount =>
  mountScreen(element, host, (client) => <AppPage overview={createOverviewStore({ client, host })} settings={createSettingsStore({ client, host })} />, {
    words: [loadSettingsMessages],
  })

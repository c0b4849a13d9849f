import type { CrmHost } from '../host/crm-host'
import { createSettingsStore } from '../stores/create-settings-store'
import { SettingsForm } from '../ui/settings/settings-form'
import { mountScreen, type Unmount } from './mount-screen'

/** The settings: relay address, account field, link code. */
export const mountSettings = (element: HTMLElement, host: CrmHost): Unmount =>
  mountScreen(element, host, (client) => <SettingsForm store={createSettingsStore({ client, host })} />)

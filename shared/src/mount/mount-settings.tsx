import type { CrmHost } from '../host/crm-host'
import type { I18n } from '../i18n/create-i18n'
import { loadSettingsMessages } from '../i18n/load-settings-messages'
import { createSettingsStore, type SettingsStore } from '../stores/create-settings-store'
import { linkedWords } from '../ui/settings/linked-words'
import { SettingsForm } from '../ui/settings/settings-form'
import { mountScreen, type Unmount } from './mount-screen'

export type MountedSettings = {
  unmount: Unmount
  /**
   * The CRM's own Save was pressed: `true` at once when no code is typed, else a promise of whether
   * the code linked (false keeps the code and the reason in the form).
   */
  confirmCrmSave: () => true | Promise<boolean>
  /** The code typed in the form, if any. */
  code: () => string
}

type SettingsOptions = {
  /** A code to offer again, e.g. one the relay refused after the CRM had closed the window. */
  code?: string
}

/** The settings: relay address, account field, link code. */
export const mountSettings = (element: HTMLElement, host: CrmHost, { code = '' }: SettingsOptions = {}): MountedSettings => {
  let store: SettingsStore | null = null
  let words: I18n | null = null
  const unmount = mountScreen(
    element,
    host,
    (client, i18n) => {
      words = i18n
      store = createSettingsStore({ client, host, onLinked: (me) => host.notify?.(linkedWords(i18n, me), 'success') })
      store.getState().setCode(code)
      return <SettingsForm store={store} />
    },
    { words: [loadSettingsMessages] },
  )

  const confirm = async (settings: SettingsStore) => {
    const isLinked = await settings.getState().confirmCrmSave()
    const { error } = settings.getState()
    // A CRM that did not wait for the answer has closed the window: the reason goes to its notices.
    if (!isLinked && !element.isConnected && words && error) {
      host.notify?.(words.t('settings.linkRefused', { reason: words.error(error) }), 'error')
    }
    return isLinked
  }

  return {
    unmount,
    confirmCrmSave: () => (store?.getState().code.trim() ? confirm(store) : true),
    code: () => store?.getState().code ?? code,
  }
}

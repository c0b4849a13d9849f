import type { JQueryCollection } from 'jquery'
import type { CrmHost, HostSettings } from '../../shared/src/host/crm-host'
import { toLocale } from '../../shared/src/i18n/locale'
import { type AmoSettings, type AmoWidget, amoApp } from './amocrm-types'
import { authorizedAjaxAdapter } from './authorized-ajax-adapter'
import { currentEntity, readAmoCard, saveAmoAccountNumber } from './read-amo-card'

/** Our setting names → the manifest's. */
const SETTING_KEYS: Record<keyof HostSettings, keyof AmoSettings> = { relayUrl: 'relay_url', accountField: 'account_field' }

type AmoHostOptions = {
  widget: AmoWidget
  /** The settings modal's body, when the host serves the settings form. */
  modal?: JQueryCollection
  /** The overview's way to the card page's own file (card.js), given by the page that offers it. */
  loadCard?: CrmHost['loadCard']
}

/** CrmHost over amoCRM: the widget object, the APP global, and `$authorizedAjax` for the relay. */
export const createAmoHost = ({ widget, modal, loadCard }: AmoHostOptions): CrmHost => {
  const app = amoApp()
  const entity = currentEntity(app)
  let staged: Partial<HostSettings> = {}
  const get = (): HostSettings => {
    const saved = widget.get_settings()
    return { relayUrl: saved.relay_url ?? '', accountField: saved.account_field ?? '', ...staged }
  }
  return {
    crm: 'amocrm',
    locale: toLocale(app?.lang_id),
    messages: widget.langs?.ui,
    entity: entity && { type: entity.type, id: entity.id },
    readCard: async () => (entity ? readAmoCard(entity, get().accountField) : { accountNumber: null, title: null }),
    saveAccountNumber: async (accountNumber) => {
      if (!entity) throw new Error('Not on a card')
      await saveAmoAccountNumber(entity, get().accountField, accountNumber)
    },
    loadCard,
    transport: { adapter: authorizedAjaxAdapter((options) => widget.$authorizedAjax(options)) },
    settings: {
      get,
      // amoCRM saves the manifest fields from its own inputs: put the values there for its Save button.
      set: async (patch) => {
        staged = { ...staged, ...patch }
        for (const [name, value] of Object.entries(patch) as [keyof HostSettings, string][]) {
          modal?.find(`[name="${SETTING_KEYS[name]}"]`).val(value).trigger('input').trigger('change')
        }
      },
      canEdit: true,
      savedByCrm: true,
    },
    notify: (text, kind) => {
      const show = kind === 'error' ? app?.notifications?.show_message_error : app?.notifications?.show_message
      show?.call(app?.notifications, { header: 'Partner Relay', text, date: Math.floor(Date.now() / 1000) })
    },
  }
}

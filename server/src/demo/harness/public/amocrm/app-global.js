import { toast } from '../dom.js'

/**
 * The `APP` global amoCRM pages carry (`AMOCRM` is its deprecated twin): the current card, the
 * account and user constants, the interface language and the notification centre.
 */
export const createApp = (config, log) => {
  const notify = (kind) => (params) => {
    const entry = { kind, header: params?.header ?? '', text: params?.text ?? '' }
    log.notifications.push(entry)
    toast([entry.header, entry.text].filter(Boolean).join(': '), kind === 'error' ? 'error' : 'success')
  }
  const app = {
    lang_id: config.lang,
    data: { current_card: false, current_entity: null, is_card: false },
    isCard: () => app.data.is_card,
    getBaseEntity: () => app.data.current_entity,
    constant: (name) => {
      if (name === 'account') return { id: config.account.id, subdomain: config.account.subdomain, name: config.account.title, language: config.lang }
      if (name === 'user') return { id: config.user.id, name: config.user.name, is_admin: config.user.isAdmin ? 'Y' : 'N' }
      if (name === 'lang') return config.widget.i18n ?? {}
      return undefined
    },
    notifications: {
      show_message: notify('message'),
      show_message_error: notify('error'),
      show_notification: notify('message'),
    },
  }
  return app
}

/** What amoCRM sets when a card opens: the entity, its id and a model with the card's attributes. */
export const openCard = (app, entity, card) => {
  const attributes = { id: card.cardId, name: card.name }
  app.data.is_card = true
  app.data.current_entity = entity
  app.data.current_card = { id: card.cardId, model: { attributes, get: (key) => attributes[key] } }
}

export const closeCard = (app) => {
  app.data.is_card = false
  app.data.current_entity = null
  app.data.current_card = false
}

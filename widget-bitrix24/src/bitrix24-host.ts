import type { CardFacts, CrmHost, HostSettings } from '../../shared/src/host/crm-host'
import { toLocale } from '../../shared/src/i18n/locale'
import { type B24FrameLike, callRest } from './b24-frame'
import { b24Transport } from './b24-transport'
import { placementEntity } from './placements'
import { readItemField, toCamelUfName } from './uf-name'

const OPTION_KEYS: Record<keyof HostSettings, string> = { relayUrl: 'relay_url', accountField: 'account_field' }

const readOption = (b24: B24FrameLike, name: string): string => {
  try {
    return String(b24.options.appGet(name) ?? '')
  } catch {
    // appGet throws when the option was never set.
    return ''
  }
}

type B24HostOptions = {
  b24: B24FrameLike
  /** The relay that served these pages, used unless the settings name another. */
  defaultRelayUrl: string
}

/** CrmHost over a Bitrix24 frame: placement, crm.item.get, app options, frame auth and resizing. */
export const createB24Host = ({ b24, defaultRelayUrl }: B24HostOptions): CrmHost => {
  const entity = placementEntity(b24.placement.placement, b24.placement.options)
  const get = (): HostSettings => ({
    relayUrl: readOption(b24, OPTION_KEYS.relayUrl) || defaultRelayUrl,
    accountField: readOption(b24, OPTION_KEYS.accountField),
  })
  let lastHeight = 0
  return {
    crm: 'bitrix24',
    locale: toLocale(b24.getLang()),
    entity: entity && { type: entity.type, id: entity.id },
    readCard: async (): Promise<CardFacts> => {
      if (!entity) return { accountNumber: null, title: null }
      const { item } = await callRest<{ item: Record<string, unknown> }>(b24, 'crm.item.get', {
        entityTypeId: entity.entityTypeId,
        id: entity.id,
        useOriginalUfNames: 'Y',
      })
      const title = [item.title, [item.name, item.lastName].filter(Boolean).join(' ')].find((value) => typeof value === 'string' && value.trim())
      return { accountNumber: readItemField(item, get().accountField), title: typeof title === 'string' ? title.trim() : null }
    },
    // crm.item.update through the frame, with the user's own rights: a refusal rejects, and says why.
    saveAccountNumber: async (accountNumber) => {
      const field = toCamelUfName(get().accountField)
      if (!entity || !field) throw new Error('No card or no account field to save to')
      await callRest(b24, 'crm.item.update', { entityTypeId: entity.entityTypeId, id: entity.id, fields: { [field]: accountNumber } })
    },
    loadCard: () => import('../../shared/src/mount/mount-card').then((screen) => screen.mountCard),
    transport: b24Transport(b24),
    // The frame holds this installation's own OAuth pair: the relay gets the refresh token once (issue 12).
    readCrmTokens: async () => {
      const auth = await b24.auth.refreshAuth()
      if (!auth.refresh_token) throw new Error('The frame gave no refresh token')
      return { refreshToken: auth.refresh_token, memberId: auth.member_id, domain: auth.domain }
    },
    settings: {
      get,
      set: async (patch) => {
        for (const [name, value] of Object.entries(patch) as [keyof HostSettings, string][]) await b24.options.appSet(OPTION_KEYS[name], value)
      },
      canEdit: b24.auth.isAdmin,
      savedByCrm: false,
    },
    // fitWindow() sends the document's scroll height, which never drops below the frame's own height,
    // so a tab that opens tall would stay tall: measure the page's content and ask for exactly that.
    resize: () => {
      const height = Math.max(Math.ceil(document.body.getBoundingClientRect().height), 1)
      if (height === lastHeight) return
      lastHeight = height
      // The SDK refuses a zero width, which a frame reports while it is still hidden.
      const width = Math.max(document.documentElement.clientWidth, window.innerWidth, 1)
      b24.parent.resizeWindow(width, height).catch(() => {
        lastHeight = 0
      })
    },
  }
}

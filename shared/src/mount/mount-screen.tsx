import { render, type VNode } from 'preact'
import { createRelayClient, type RelayClient } from '../client/create-relay-client'
import { openLiveUpdatesLater } from '../client/open-live-updates-later'
import type { RelayTransport } from '../client/transport'
import type { CrmHost } from '../host/crm-host'
import { createI18n, type I18n } from '../i18n/create-i18n'
import { loadMessages } from '../i18n/load-messages'
import { Ui } from '../ui/context'

/** Removes what a mount put on the page. */
export type Unmount = () => void

type MountOptions = {
  /** Whether the screen follows the relay's live updates (one stream, closed with it). */
  isLive?: boolean
  /** The screen's own words beyond the page's dictionary (e.g. the settings'), loaded before it shows. */
  words?: Parameters<I18n['addWords']>[0][]
}

/** Makes a screen's stores and markup once its words are loaded. */
type Screen = (client: RelayClient, i18n: I18n) => VNode

/**
 * Renders one screen into `element` with its own relay client and stores (one instance per mounted
 * widget), inside the single `.pr-root` that scopes every style. Reports height changes to the host.
 */
export const mountScreen = (element: HTMLElement, host: CrmHost, screen: Screen, { isLive = false, words = [] }: MountOptions = {}): Unmount => {
  let isMounted = true
  let unmount: Unmount = () => undefined
  const dictionary = host.messages ? Promise.resolve(host.messages) : loadMessages(host.locale)
  void dictionary.then(async (messages) => {
    const i18n = createI18n(host.locale, messages)
    await Promise.all(words.map((load) => i18n.addWords(load)))
    if (isMounted) unmount = renderScreen({ element, host, screen, isLive, i18n })
  })
  return () => {
    isMounted = false
    unmount()
  }
}

/**
 * The card the widget is mounted on goes with every request (`X-Crm-Card`), so the relay knows
 * where to write about that client in this CRM (issue 12).
 */
const withCard = ({ transport, entity }: CrmHost): RelayTransport => {
  if (!entity) return transport
  const card = `${entity.type}:${entity.id}`
  return { ...transport, headers: async () => ({ ...(await transport.headers?.()), 'X-Crm-Card': card }) }
}

type RenderOptions = { element: HTMLElement; host: CrmHost; screen: Screen; i18n: I18n; isLive: boolean }

const renderScreen = ({ element, host, screen, i18n, isLive }: RenderOptions): Unmount => {
  const baseUrl = () => host.settings.get().relayUrl
  const client = createRelayClient({ baseUrl, transport: withCard(host) })
  // One stream per mounted widget, closed with it.
  const live = isLive && baseUrl().trim() ? openLiveUpdatesLater({ ticket: client.streamTicket, baseUrl }) : undefined
  const context = { i18n, host, client, live }
  render(
    <Ui.Provider value={context}>
      <div class={`pr-root pr-root--${host.crm}`} lang={host.locale}>
        {screen(client, i18n)}
      </div>
    </Ui.Provider>,
    element,
  )
  const root = element.querySelector<HTMLElement>('.pr-root')
  const observer =
    host.resize && root && typeof ResizeObserver !== 'undefined'
      ? new ResizeObserver(() => host.resize?.(Math.ceil(root.getBoundingClientRect().height)))
      : null
  if (observer && root) observer.observe(root)
  return () => {
    live?.close()
    observer?.disconnect()
    render(null, element)
  }
}

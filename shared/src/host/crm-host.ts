import type { RelayTransport } from '../client/transport'
import type { Locale } from '../i18n/locale'
import type { Messages } from '../i18n/ru'

export type CrmKind = 'amocrm' | 'bitrix24'
export type EntityType = 'company' | 'contact' | 'lead' | 'deal'

/** What the open CRM card tells about the client. */
export type CardFacts = {
  /** From the card field chosen in settings; null when the card has no such value. */
  accountNumber: string | null
  /** The card's own name, offered as the client name when registering. */
  title: string | null
}

/** The settings each installation keeps in its CRM. */
export type HostSettings = {
  relayUrl: string
  /** The card field (name, code or id) that holds the client's account number. */
  accountField: string
}

export type HostSettingsStore = {
  get: () => HostSettings
  /** Saves (Bitrix24) or stages the values for the CRM's own Save button (amoCRM). */
  set: (patch: Partial<HostSettings>) => Promise<void>
  /** False when this user may not change the installation's settings. */
  canEdit: boolean
  /** True when the CRM shows its own Save button for the settings (amoCRM's modal). */
  savedByCrm: boolean
}

/**
 * Everything the shared UI needs from a CRM. Each CRM's adapter implements this and nothing else,
 * so no screen ever asks which CRM it runs in beyond `crm` (for wording).
 */
export type CrmHost = {
  crm: CrmKind
  locale: Locale
  /** The UI's dictionary when the CRM hands it over with the widget (amoCRM's i18n files); else loaded by `locale`. */
  messages?: Messages
  /** The card the UI is mounted on; null on the overview and settings pages. */
  entity: { type: EntityType; id: string } | null
  readCard: () => Promise<CardFacts>
  /**
   * Writes a confirmed account number into the card field the settings name, so the next read of
   * the card finds it. Rejects when the CRM refuses (no rights, no such field).
   */
  saveAccountNumber?: (accountNumber: string) => Promise<void>
  /**
   * The card page's own screen, to show a client's card inside another page (the overview) with the
   * code the card page already ships: amoCRM loads its card.js, so no page carries a second copy.
   */
  loadCard?: () => Promise<(element: HTMLElement, host: CrmHost) => () => void>
  transport: RelayTransport
  settings: HostSettingsStore
  /** The mounted content changed height (Bitrix24 resizes its frame). */
  resize?: (height: number) => void
  /** A short confirmation in the CRM's own notification area, where it has one. */
  notify?: (message: string, kind: 'success' | 'error') => void
  /**
   * The installation's own OAuth tokens, where the CRM hands them to the app page (Bitrix24's
   * frame), for the relay to act in this CRM (issue 12). Absent where the CRM grants access through
   * its consent window instead (amoCRM).
   */
  readCrmTokens?: () => Promise<{ refreshToken: string; memberId: string; domain: string }>
  /** Opens the CRM's consent window at `url`; the default is a new browser window. */
  openConsent?: (url: string) => void
  /** Saves a downloaded file; the default clicks a temporary object-URL link. */
  saveFile?: (file: Blob, fileName: string) => void
}

import type { TMeResponse } from '../../contract'
import type { I18n } from '../../i18n/create-i18n'

/** Whom this CRM account is linked to, in words: a partner by name, or the vendor's staff. */
export const linkedWords = (i18n: I18n, me: TMeResponse): string =>
  me.role === 'vendor' ? i18n.t('settings.linkedVendor') : i18n.t('settings.linkedPartner', { name: me.partner?.name ?? '' })

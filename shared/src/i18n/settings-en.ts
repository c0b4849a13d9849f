import type { SettingsMessages } from './settings-ru'

export const settingsEn: SettingsMessages = {
  'settings.title': 'Connection to the partner program',
  'settings.relayUrl': 'Service address',
  'settings.relayUrlHint': 'For example, https://relay.example.com',
  'settings.accountField': 'Card field with the account number',
  'settings.accountFieldHint.amocrm': 'Name, code or id of the custom field',
  'settings.accountFieldHint.bitrix24': 'Field code, e.g. UF_CRM_1687188367',
  'settings.linkCode': 'Link code',
  'settings.linkHint': 'The one-time code the vendor gave you.',
  'settings.link': 'Link',
  'settings.linking': 'Linking…',
  'settings.checking': 'Checking the link…',
  'settings.linkedPartner': 'Linked to partner “{name}”',
  'settings.linkedVendor': 'Linked as the vendor: staff see every partner and client',
  'settings.notLinked': 'This CRM is not linked yet',
  'settings.readOnly': 'Only an administrator can change these settings.',
  'settings.savedByCrm': 'The address and field are saved with this window’s Save button, which also links with a code typed here.',
  'settings.linkRefused': 'The link code was not accepted: {reason}. Open the widget settings: the code is still in its field.',
}

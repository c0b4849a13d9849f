export type Locale = 'ru' | 'en'

/** Russian unless the CRM says English. */
export const toLocale = (language: string | null | undefined): Locale => ((language ?? '').toLowerCase().startsWith('en') ? 'en' : 'ru')

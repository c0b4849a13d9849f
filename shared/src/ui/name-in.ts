type Named = { name: string; nameEn?: string | undefined }

/** A name the relay takes from the program file, in the user's language: its English name where the file gives one. */
export const nameIn = (locale: string, named: Named) => (locale === 'en' && named.nameEn) || named.name

/**
 * A status id by the program's name for it, in the user's language: the names the relay sends beside
 * ids are the file's Russian ones. An id the list lacks shows by the name `sent` with it.
 */
export const statusIn = (locale: string, statuses: readonly (Named & { id: string })[] | undefined, id: string, sent: string) => {
  const named = statuses?.find((status) => status.id === id)
  return named ? nameIn(locale, named) : sent
}

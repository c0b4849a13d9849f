/**
 * Whether a Bitrix24 domain handed with tokens is the portal stored when the installation was
 * linked: the relay only ever calls that one (issue 12). Scheme, case and a trailing slash aside,
 * the names must be equal.
 */
export const isSamePortal = (given: string, stored: string): boolean => normalise(given) === normalise(stored) && stored !== ''

const normalise = (domain: string) =>
  domain
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '')

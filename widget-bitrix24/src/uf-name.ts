/**
 * crm.item.* camelCases user fields (UF_CRM_1687188367 → ufCrm_1687188367, UF_CRM_3_17… → ufCrm3_17…).
 * Settings may hold either spelling; the app reads items with useOriginalUfNames=Y, so turn a
 * camelCased name back into the original one.
 */
export const toOriginalUfName = (name: string): string => {
  const match = /^ufCrm(\d*)_(.+)$/.exec(name.trim())
  if (!match) return name.trim()
  const [, entity, rest] = match
  return `UF_CRM_${entity ? `${entity}_` : ''}${rest}`.toUpperCase()
}

/** The value of the chosen field on an item read with original UF names, or null. */
export const readItemField = (item: Record<string, unknown>, field: string): string | null => {
  const wanted = toOriginalUfName(field)
  if (!wanted) return null
  const key = Object.keys(item).find((candidate) => candidate.toUpperCase() === wanted.toUpperCase())
  const raw = key === undefined ? undefined : item[key]
  const value = Array.isArray(raw) ? raw.find((entry) => String(entry ?? '').trim()) : raw
  const text = value === undefined || value === null || typeof value === 'object' ? '' : String(value).trim()
  return text || null
}

/** The camelCased name crm.item.update takes (UF_CRM_1687188367 → ufCrm_1687188367), from either spelling. */
export const toCamelUfName = (name: string): string =>
  toOriginalUfName(name)
    .replace(/^UF_CRM_(\d+)_(\d+)$/, 'ufCrm$1_$2')
    .replace(/^UF_CRM_(\d+)$/, 'ufCrm_$1')

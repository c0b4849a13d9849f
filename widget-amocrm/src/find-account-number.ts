/** One entry of `custom_fields_values` in amoCRM's API v4. */
export type AmoCustomField = {
  field_id?: number | string
  field_code?: string | null
  field_name?: string | null
  values?: { value?: unknown }[] | null
}

const normalise = (value: unknown) =>
  String(value ?? '')
    .trim()
    .toLowerCase()

/**
 * The account number from the card's custom fields: the field named in the widget settings,
 * matched by name, code or id (names ignore case and surrounding spaces). Null when absent or empty.
 */
export const findAccountNumber = (fields: AmoCustomField[] | null | undefined, setting: string | undefined): string | null => {
  const wanted = normalise(setting)
  if (!wanted || !fields) return null
  const field = fields.find((candidate) =>
    [candidate.field_name, candidate.field_code, candidate.field_id].some((key) => key !== undefined && key !== null && normalise(key) === wanted),
  )
  const value = field?.values?.find((entry) => String(entry.value ?? '').trim())?.value
  return value === undefined ? null : String(value).trim()
}

/** One field of `/api/v4/{entity}/custom_fields`. */
export type AmoFieldDefinition = { id: number; name?: string | null; code?: string | null }

/**
 * The id of the field the widget settings name (by name, code or id, as `findAccountNumber` matches),
 * among the entity's field definitions: a card without a value has no entry of that field to read it from.
 */
export const findFieldId = (fields: AmoFieldDefinition[] | null | undefined, setting: string | undefined): number | null => {
  const wanted = normalise(setting)
  const field = wanted
    ? fields?.find((candidate) => [candidate.name, candidate.code, candidate.id].some((key) => key !== undefined && key !== null && normalise(key) === wanted))
    : undefined
  return field ? field.id : null
}

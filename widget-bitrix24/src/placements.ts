import type { EntityType } from '../../shared/src/host/crm-host'

/** The card tabs the app binds, with the crm.item entityTypeId of each (lead 1, deal 2, contact 3, company 4). */
export const CARD_PLACEMENTS: Record<string, { type: EntityType; entityTypeId: number }> = {
  CRM_LEAD_DETAIL_TAB: { type: 'lead', entityTypeId: 1 },
  CRM_DEAL_DETAIL_TAB: { type: 'deal', entityTypeId: 2 },
  CRM_CONTACT_DETAIL_TAB: { type: 'contact', entityTypeId: 3 },
  CRM_COMPANY_DETAIL_TAB: { type: 'company', entityTypeId: 4 },
}

/** The card a tab was opened on: its placement and PLACEMENT_OPTIONS.ID ("8061", a string). */
export const placementEntity = (placement: string, options: unknown) => {
  const known = CARD_PLACEMENTS[placement]
  const id = (options as { ID?: unknown } | null)?.ID
  if (!known || id === undefined || id === null || String(id) === '') return null
  return { ...known, id: String(id) }
}

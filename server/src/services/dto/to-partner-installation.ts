import type { TCrm, TPartnerInstallation } from '../../../../shared/src/contract'

type Row = {
  id: string
  crm: string
  account: string
  domain: string
  linked_at: Date
  last_seen_at: Date | null
  revoked_at: Date | null
  revoked_reason: string | null
}

export const toPartnerInstallation = (row: Row): TPartnerInstallation => ({
  id: row.id,
  crm: row.crm as TCrm,
  account: row.account,
  domain: row.domain,
  linkedAt: row.linked_at.toISOString(),
  lastSeenAt: row.last_seen_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
  revokedReason: row.revoked_reason,
})

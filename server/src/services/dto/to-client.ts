import type { TClient } from '../../../../shared/src/contract'
import type { ClientRow } from '../../store/queries/clients'

export const toClient = (row: ClientRow): TClient => ({
  accountNumber: row.account_number,
  name: row.name,
  inn: row.inn,
  email: row.email,
  phone: row.phone,
  country: row.country,
  demo: row.is_demo,
  registeredAt: row.created_at.toISOString(),
})

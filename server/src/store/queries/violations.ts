import type { Db } from '../db'

export const selectViolations = (db: Db) =>
  db
    .selectFrom('violations')
    .leftJoin('invoices', 'invoices.id', 'violations.invoice_id')
    .select([
      'violations.id',
      'violations.partner_id',
      'violations.rule',
      'violations.source',
      'violations.invoice_id',
      'invoices.number as invoice_number',
      'violations.note',
      'violations.occurred_on',
      'violations.voided_at',
      'violations.void_reason',
      'violations.created_at',
    ])

export const violationsOfPartner = (db: Db, partnerId: string) =>
  selectViolations(db).where('violations.partner_id', '=', partnerId).orderBy('violations.created_at', 'desc').execute()

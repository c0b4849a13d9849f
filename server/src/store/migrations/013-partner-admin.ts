import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * Vendor staff run the partner list from their CRM (issue 10): a partner's OGRN; the partner list
 * searched by name and INN and paged by name at thousands of partners; an installation's link
 * time, the last time it called the relay, and its revocation.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    alter table partners add column ogrn text;
    create index partners_name_id on partners (lower(name), id);
    create index partners_inn on partners (inn);
    alter table installations add column linked_at timestamptz not null default now();
    update installations set linked_at = created_at;
    alter table installations add column last_seen_at timestamptz;
    alter table installations add column revoked_at timestamptz;
    alter table installations add column revoked_reason text;
    create index installations_partner on installations (partner_id);
  `.execute(db)
}

import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/**
 * Server-side access to a linked installation's own CRM (issue 12): the OAuth tokens amoCRM's
 * redirect or Bitrix24's install page handed the relay, sealed with RELAY_SECRET_KEY (AES-256-GCM,
 * `v1:<key id>:<iv>:<ciphertext>:<tag>`), and the state the staff and the partner see. Tokens exist
 * only while access is active: a refused refresh or a revocation erases them.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table crm_access (
      installation_id text primary key references installations (id) on delete cascade,
      crm text not null check (crm in ('amocrm', 'bitrix24')),
      -- The one host the relay calls for this installation: the amoCRM account's or the portal's.
      api_host text not null check (length(api_host) between 1 and 253),
      state text not null check (state in ('active', 'needs-reauthorisation', 'revoked')),
      access_token text,
      refresh_token text,
      access_expires_at timestamptz,
      -- Why access stopped (the OAuth server's error code, or the revocation); never a token.
      problem text check (length(problem) <= 200),
      updated_at timestamptz not null,
      check ((state = 'active') = (access_token is not null and refresh_token is not null and access_expires_at is not null))
    );
  `.execute(db)
}

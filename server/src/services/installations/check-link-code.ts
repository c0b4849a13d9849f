import { usableLinkCode } from '../../domain/installations/usable-link-code'
import { findLinkCode } from '../../store/queries/link-codes'
import type { Deps } from '../deps'

/**
 * Checks a link code before anything else happens for a caller that is not linked yet: a Bitrix24
 * portal is asked about its token only once the code is known to be usable.
 * @throws not_found, code_used, code_expired
 */
export const checkLinkCode = async (deps: Deps, code: string, now: Date): Promise<void> => {
  usableLinkCode(await findLinkCode(deps.db, code.trim().toUpperCase()), now)
}

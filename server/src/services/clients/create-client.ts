import { AppError, type TCreateClientRequest } from '../../../../shared/src/contract'
import { checkAccountNumber } from '../../domain/clients/check-account-number'
import { assertCountry } from '../../domain/territory/check-countries'
import { checkStanding } from '../../domain/violations/check-standing'
import { isUniqueViolation } from '../../store/create-db'
import { findClient, getClient, insertClient } from '../../store/queries/clients'
import { getPartner } from '../../store/queries/partners'
import { requirePartner } from '../actor'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import { rememberCard } from '../crm-writes/steps/remember-card'
import type { Deps } from '../deps'
import { toClient } from '../dto/to-client'
import { runWrite } from '../run-write'
import { newClientRow } from './steps/new-client-row'

/**
 * A partner registers a client account (AT-1.1). Account numbers are unique per vendor: a number
 * someone already registered is refused, and the partner requests a pin on it instead (AT-1.2).
 * The number is held to the program's format before anything is read or written (AT-1.1).
 * @throws invalid_request (AT-1.1, a number not of the program's format; AG-1.3, no such country), partner_expelled (AT-4.1),
 *   partner_expulsion_pending (AT-4.1, AG-1.5), already_registered.
 */
export const createClient = (deps: Deps, ctx: Ctx, body: TCreateClientRequest) =>
  runWrite(deps, ctx, { route: 'createClient', body }, async (trx) => {
    checkAccountNumber(deps.program, body.accountNumber)
    if (body.country) assertCountry(body.country, 'country')
    const partnerId = requirePartner(ctx)
    const partner = await getPartner(trx, partnerId)
    checkStanding({ state: partner.state, statusRule: deps.program.violations.statusRule })
    const exists = await findClient(trx, body.accountNumber)
    if (exists) {
      throw new AppError('already_registered', `Account ${body.accountNumber} is already registered: request a pin on it instead`, { rule: 'AT-1.1' })
    }
    try {
      await insertClient(trx, { ...newClientRow(body), is_demo: body.demo ?? false, registered_by: partnerId })
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('already_registered', `Account ${body.accountNumber} is already registered`, { rule: 'AT-1.1' })
      throw error
    }
    const client = toClient(await getClient(trx, body.accountNumber))
    await appendAudit(trx, ctx.actor, { action: 'client.registered', entity: 'client', entityId: body.accountNumber, after: client })
    await rememberCard(trx, ctx, body.accountNumber)
    return { client }
  })

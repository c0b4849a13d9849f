import { DomainError } from '../domain-error'
import { findStatus } from '../program/find-status'
import type { Program } from '../program/program-schema'

/**
 * A Regional distributor supplies only its own network and works with no end customer directly
 * (AG-REQ, seed 2.2): no client registrations, leads or client invoices for such a status.
 * @throws DomainError not_entitled when the status does not sell to end customers.
 */
export const assertSellsToEndCustomers = (program: Program, status: string): void => {
  if (program.requirements?.[status]?.sellsToEndCustomers !== false) return
  throw new DomainError(
    'not_entitled',
    `A partner with status "${findStatus(program, status).name}" supplies its network only and cannot work with end customers directly`,
    {
      rule: 'AG-REQ',
      details: { reason: 'no-end-customers', status },
    },
  )
}

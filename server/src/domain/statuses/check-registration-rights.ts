import { DomainError } from '../domain-error'
import { passes } from '../passes'
import { findStatus } from '../program/find-status'
import type { Program } from '../program/program-schema'
import { assertSellsToEndCustomers } from './assert-sells-to-end-customers'
import { isGranted } from './privileges-for'
import { rankOf } from './rank-of'

/**
 * Whether a partner of `status` may register a client or a project deal (AG-4): deal protection is
 * a privilege of authorized partners (AG-PRIV); project registration is for the program's statuses
 * from Gold up (section 4); a Regional distributor registers no end customer (AG-REQ).
 * @throws DomainError not_entitled naming the rule.
 */
export const checkRegistrationRights = ({ program, status, kind }: { program: Program; status: string; kind: 'client' | 'project' }): void => {
  const statusName = findStatus(program, status).name
  if (!isGranted(program, status, 'dealProtection')) {
    throw new DomainError('not_entitled', `Deal protection starts after authorization; status "${statusName}" does not have it`, {
      rule: 'AG-4',
      details: { reason: 'no-deal-protection' },
    })
  }
  assertSellsToEndCustomers(program, status)
  const from = program.dealProtection?.projectRegistrationFrom
  if (kind === 'project' && from && rankOf(program, status) < rankOf(program, from)) {
    throw new DomainError('not_entitled', `Project registration is open from status "${findStatus(program, from).name}"; you hold "${statusName}"`, {
      rule: 'AG-4',
      details: { reason: 'status-too-low', from },
    })
  }
}

/** The same check as a yes or no, for telling the widget before it offers the action. */
export const mayRegister = (args: Parameters<typeof checkRegistrationRights>[0]): boolean => passes(checkRegistrationRights, args)

import { DomainError } from '../domain-error'

export type NetworkPartner = { id: string; isAuthorized: boolean; parentPartnerId: string | null }

/**
 * Whether `member` may join `parent`'s distribution network (AG-REQ, seed 2.2 *): only partners
 * without an authorization of their own count, the network is one level deep, no partner is its
 * own member.
 * @throws DomainError invalid_state naming the reason.
 */
export const checkNetworkMember = ({ member, parent }: { member: NetworkPartner; parent: NetworkPartner }): void => {
  const refuse = (message: string, reason: string) => {
    throw new DomainError('invalid_state', message, { rule: 'AG-REQ', details: { reason } })
  }
  if (member.id === parent.id) refuse('A partner cannot be a member of its own network', 'self')
  if (member.isAuthorized) refuse('Only a partner without its own authorization joins a distributor network', 'member-authorized')
  if (parent.parentPartnerId) refuse('A network member cannot have a network of its own', 'parent-is-member')
}

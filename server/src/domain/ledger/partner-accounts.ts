import { accounts } from './posting'

/** The accounts of one partner's book, in statement order. */
export const partnerAccounts = (partnerId: string): string[] => [
  accounts.clientReceivable(partnerId),
  accounts.cash(partnerId),
  accounts.vendorPayable(partnerId),
  accounts.reward(partnerId),
  accounts.clientRefund(partnerId),
  accounts.vendorCredit(partnerId),
]

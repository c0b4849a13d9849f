/**
 * Whether a typed account number has the program's format (AT-1.1): the program file says how many
 * digits its accounts have; a program that does not say leaves only the contract's general format.
 * The widget checks before it asks the relay, the relay checks again before it creates anything.
 */
export const isAccountNumberOf = (digits: number | null | undefined, value: string): boolean => !digits || new RegExp(`^\\d{${digits}}$`).test(value)

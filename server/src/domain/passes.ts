import { DomainError } from './domain-error'

/**
 * A rule's check as a yes or no: a screen can offer an action only where the relay would take it,
 * by the very check the action runs. Only the rule's refusals (DomainError) mean no; a bug still throws.
 */
export const passes = <A>(check: (args: A) => void, args: A): boolean => {
  try {
    check(args)
    return true
  } catch (error) {
    if (error instanceof DomainError) return false
    throw error
  }
}

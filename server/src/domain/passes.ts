import { AppError } from '../../../shared/src/contract/errors'

/**
 * A rule's check as a yes or no: a screen can offer an action only where the relay would take it,
 * by the very check the action runs. Only the rule's refusals (AppError) mean no; a bug still throws.
 */
export const passes = <A>(check: (args: A) => void, args: A): boolean => {
  try {
    check(args)
    return true
  } catch (error) {
    if (error instanceof AppError) return false
    throw error
  }
}

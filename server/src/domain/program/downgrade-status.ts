import { findStatus } from './find-status'
import type { Program } from './program-schema'

/**
 * The status one step down, for a first violation where the program says so (AG-1.5). A status
 * with nothing below it in the program's downgrade map (the lowest one, or any status of a
 * program that does not downgrade) stays as it is.
 * @throws DomainError invalid_request for a status the program does not define.
 */
export const downgradeStatus = (program: Program, statusId: string): string => {
  findStatus(program, statusId)
  return program.downgrade[statusId] ?? statusId
}

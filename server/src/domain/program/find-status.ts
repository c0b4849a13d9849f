import { DomainError } from '../domain-error'
import type { Program, Status } from './program-schema'

/**
 * The program's status with this id.
 * @throws DomainError invalid_request for a status the program does not define.
 */
export const findStatus = (program: Program, statusId: string): Status => {
  const status = program.statuses.find((candidate) => candidate.id === statusId)
  if (!status) throw new DomainError('invalid_request', `Status "${statusId}" is not defined in the ${program.name} program`)
  return status
}

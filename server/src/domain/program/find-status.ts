import { AppError } from '../../../../shared/src/contract/errors'
import type { Program, Status } from './program-schema'

/**
 * The program's status with this id.
 * @throws AppError invalid_request for a status the program does not define.
 */
export const findStatus = (program: Program, statusId: string): Status => {
  const status = program.statuses.find((candidate) => candidate.id === statusId)
  if (!status) throw new AppError('invalid_request', `Status "${statusId}" is not defined in the ${program.name} program`)
  return status
}

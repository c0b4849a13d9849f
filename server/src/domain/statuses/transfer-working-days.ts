import type { Program } from '../program/program-schema'
import { isGranted } from './privileges-for'

/**
 * Working days the partner has to transfer a client's payment (AT-1.6): the program's term, plus
 * the program's credit days for a status with the credit-line privilege (AG-PRIV, Gold).
 */
export const transferWorkingDays = (program: Program, status: string): number =>
  program.transfer.workingDays + (isGranted(program, status, 'creditLine') ? (program.transfer.creditExtraWorkingDays ?? 0) : 0)

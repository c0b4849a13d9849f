import { findStatus } from '../program/find-status'
import type { Program } from '../program/program-schema'

/**
 * The rank of a status, lowest first (AG statuses: unauthorized 0 … Project partner 5).
 * @throws DomainError invalid_request for a status the program does not define.
 */
export const rankOf = (program: Program, status: string): number => findStatus(program, status).rank

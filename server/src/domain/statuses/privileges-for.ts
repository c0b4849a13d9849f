import type { Program } from '../program/program-schema'

export type PrivilegeValue = boolean | 'on-request'

/** The AG-PRIV row of a status, in the program's order; empty in a program without privileges. */
export const privilegesFor = (program: Program, status: string): { id: string; value: PrivilegeValue }[] =>
  Object.entries(program.privileges?.[status] ?? {}).map(([id, value]) => ({ id, value }))

/**
 * Whether the relay lets a partner of this status use a feature (AG-PRIV): only a plain "+" does;
 * "on request" is arranged by vendor staff outside the relay. A program without a privileges
 * table restricts nothing.
 */
export const isGranted = (program: Program, status: string, privilege: string): boolean => {
  if (!program.privileges) return true
  return (program.privileges[status] as Record<string, PrivilegeValue> | undefined)?.[privilege] === true
}

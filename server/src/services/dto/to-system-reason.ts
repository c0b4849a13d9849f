import type { TSystemReason } from '../../../../shared/src/contract'
import type { SystemReasonCode } from '../../store/schema'

/** A reason the relay worded itself, from its columns; undefined for a reason vendor staff typed. */
export const toSystemReason = (row: { reason_code: SystemReasonCode | null; reason_params: Record<string, string> | null }): TSystemReason | undefined =>
  row.reason_code ? ({ code: row.reason_code, params: row.reason_params ?? {} } as TSystemReason) : undefined

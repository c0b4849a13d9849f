import type { TImportKind } from '../contract/imports'
import { BANK_ROUTES } from '../contract/routes/bank'
import type { RelayCaller, WriteOptions } from './create-relay-caller'

/** Vendor staff's bank statement reconciliation (AT-1.6) and CSV import (issue 10), through the relay client's own transport; only their overview loads it. */
export const createBankClient = (caller: RelayCaller) => ({
  preview: (file: string) => caller.call(BANK_ROUTES.previewBankStatement, { body: { file } }),
  record: (file: string, keys: string[], options: WriteOptions = {}) =>
    caller.call(BANK_ROUTES.recordBankStatement, { body: { file, keys }, idempotencyKey: options.idempotencyKey }),
  previewImport: (file: string, kind?: TImportKind) => caller.call(BANK_ROUTES.previewImport, { body: { file, ...(kind ? { kind } : {}) } }),
  applyImport: (file: string, kind: TImportKind | undefined, options: WriteOptions = {}) =>
    caller.call(BANK_ROUTES.applyImport, { body: { file, ...(kind ? { kind } : {}) }, idempotencyKey: options.idempotencyKey }),
})

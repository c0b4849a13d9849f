import {
  BANK_STATEMENT_MAX_BYTES,
  ZBankStatementPreview,
  ZBankStatementRequest,
  ZRecordBankStatementRequest,
  ZRecordBankStatementResponse,
} from '../bank-statements'
import { IMPORT_MAX_BYTES, ZImportRequest, ZImportResult } from '../imports'
import { spec } from './route-spec'

/** The statement travels base64 in JSON: a third larger than the file, with room for the rest of the body. */
const STATEMENT_BODY_BYTES = Math.ceil(BANK_STATEMENT_MAX_BYTES / 3) * 4 + 64 * 1024
/** An import file travels base64 in JSON the same way. */
export const IMPORT_BODY_BYTES = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 64 * 1024

/**
 * Vendor staff reconcile partners' transfers with the vendor's bank statement (AT-1.6): first what
 * it holds and how each payment matches, then the payments they confirm, recorded in one go. And
 * the book a vendor brings from the cabinet it leaves: an import's dry run, then the import.
 */
export const BANK_ROUTES = spec({
  previewBankStatement: {
    method: 'post',
    path: '/v1/bank-statements/preview',
    caller: 'vendor',
    body: ZBankStatementRequest,
    response: ZBankStatementPreview,
    status: 200,
    maxBodyBytes: STATEMENT_BODY_BYTES,
  },
  recordBankStatement: {
    method: 'post',
    path: '/v1/bank-statements',
    caller: 'vendor',
    body: ZRecordBankStatementRequest,
    response: ZRecordBankStatementResponse,
    status: 200,
    idempotent: true,
    maxBodyBytes: STATEMENT_BODY_BYTES,
  },
  /** The dry run of an import (issue 10): each line created, unchanged, a conflict or an error, nothing written. */
  previewImport: {
    method: 'post',
    path: '/v1/imports/preview',
    caller: 'vendor',
    body: ZImportRequest,
    response: ZImportResult,
    status: 200,
    maxBodyBytes: IMPORT_BODY_BYTES,
  },
  /** The import applied in one transaction; refused whole when a line is an error, idempotent line by line. */
  applyImport: {
    method: 'post',
    path: '/v1/imports',
    caller: 'vendor',
    body: ZImportRequest,
    response: ZImportResult,
    status: 200,
    idempotent: true,
    maxBodyBytes: IMPORT_BODY_BYTES,
  },
})

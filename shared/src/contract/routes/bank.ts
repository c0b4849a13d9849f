import {
  BANK_STATEMENT_MAX_BYTES,
  ZBankStatementPreview,
  ZBankStatementRequest,
  ZRecordBankStatementRequest,
  ZRecordBankStatementResponse,
} from '../bank-statements'
import { spec } from './route-spec'

/** The statement travels base64 in JSON: a third larger than the file, with room for the rest of the body. */
const STATEMENT_BODY_BYTES = Math.ceil(BANK_STATEMENT_MAX_BYTES / 3) * 4 + 64 * 1024

/**
 * Vendor staff reconcile partners' transfers with the vendor's bank statement (AT-1.6): first what
 * it holds and how each payment matches, then the payments they confirm, recorded in one go.
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
})

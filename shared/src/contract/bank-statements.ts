import { z } from 'zod/mini'
import { ZDate, ZId, ZKop } from './common'

/** Largest statement the relay reads: a month of a busy account is far below it. */
export const BANK_STATEMENT_MAX_BYTES = 2 * 1024 * 1024

/** The statement file as the client-bank exported it, base64 (its bytes keep their Windows-1251). */
const ZStatementFile = z
  .string()
  .check(z.minLength(1), z.maxLength(Math.ceil(BANK_STATEMENT_MAX_BYTES / 3) * 4), z.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The statement file, base64-encoded'))

export const ZBankStatementRequest = z.strictObject({ file: ZStatementFile })
export const ZRecordBankStatementRequest = z.strictObject({
  file: ZStatementFile,
  /** The payments staff confirmed, by their `key` in the preview. */
  keys: z.array(z.string().check(z.regex(/^[0-9a-f]{64}$/, 'A payment key from the preview'))).check(z.minLength(1), z.maxLength(1000)),
})

export const ZMatchKind = z.enum(['exact', 'several', 'amount_differs', 'foreign_payer', 'no_match', 'not_to_vendor'])

export const ZBankPaymentMatch = z.object({
  /** The payment's identity across loads of the same statement (its bank, number, date, amount and payer). */
  key: z.string(),
  line: z.int(),
  number: z.string(),
  date: ZDate,
  receivedOn: ZDate,
  amountKop: ZKop,
  payerInn: z.nullable(z.string()),
  payerName: z.nullable(z.string()),
  purpose: z.string(),
  kind: ZMatchKind,
  invoices: z.array(z.object({ id: ZId, number: z.string(), payableKop: ZKop })),
  /** The sum of those invoices, to set beside the payment's amount. */
  invoicesKop: ZKop,
  /** Recorded from an earlier load of a statement holding the same payment. */
  recorded: z.boolean(),
})
export type TBankPaymentMatch = z.infer<typeof ZBankPaymentMatch>

export const ZBankStatementPreview = z.object({
  payments: z.array(ZBankPaymentMatch),
  problems: z.array(z.object({ line: z.int(), message: z.string() })),
})

export type TBankStatementPreview = z.infer<typeof ZBankStatementPreview>

export const ZRecordBankStatementResponse = z.object({
  /** The payments recorded now, each with the invoices whose transfer it is (AT-1.6). */
  recorded: z.array(z.object({ key: z.string(), receivedOn: ZDate, invoiceNumbers: z.array(z.string()) })),
})

import { createHash } from 'node:crypto'
import { AppError, type TImportRequest, type TImportResult } from '../../../../shared/src/contract'
import { insertClients, insertHistoricInvoices, insertImportedTerms, insertPins } from '../../store/queries/imports'
import { appendAudit } from '../audit'
import type { Ctx } from '../context'
import type { Deps } from '../deps'
import { runWrite } from '../run-write'
import { today } from '../today'
import { importResult } from './preview-import'
import { planImport } from './steps/plan-import'
import { readImportFile } from './steps/read-import-file'
import { writePartners } from './steps/write-partners'

/** The first problems of a refused import, as the error's fields: enough to fix the file, not the whole file echoed. */
const MAX_FIELDS = 50

/** A day as a moment: noon UTC is the same calendar day in every time zone a Russian vendor works in. */
const dayAt = (day: string) => new Date(`${day}T12:00:00Z`)

/**
 * Applies an import (issue 10) in one transaction: what the dry run calls created is written, the
 * unchanged and the conflicts are left as they are, so the same file applied twice changes nothing.
 * Historic invoices keep their own numbers outside the live series and stay out of the ledger.
 * @throws invalid_request when a line is an error: nothing is written then.
 */
export const applyImport = (deps: Deps, ctx: Ctx, body: TImportRequest): Promise<TImportResult> =>
  runWrite(deps, ctx, { route: 'applyImport', body }, async (trx) => {
    const bytes = Buffer.from(body.file, 'base64')
    const file = readImportFile(bytes, { program: deps.program, today: today(deps, ctx), kind: body.kind })
    const plan = await planImport(trx, file)
    const errors = plan.results.filter((result) => result.outcome === 'error')
    if (errors.length > 0) {
      const fields = errors.flatMap((result) => result.problems.map((problem) => ({ path: `line ${result.line}: ${problem.field}`, message: problem.en })))
      throw new AppError(
        'invalid_request',
        `${errors.length} line(s) of the file cannot be imported: nothing was imported. Run the dry run to see each reason`,
        {
          details: { fields: fields.slice(0, MAX_FIELDS) },
        },
      )
    }
    const { writes } = plan
    await writePartners(trx, deps, ctx, writes.partners)
    await insertClients(
      trx,
      writes.clients.map((client) => ({ account_number: client.accountNumber, name: client.name, inn: client.inn, registered_by: client.partnerId })),
    )
    await insertPins(
      trx,
      writes.pins.map((pin) => ({
        id: pin.id,
        account_number: pin.accountNumber,
        partner_id: pin.partnerId,
        state: 'approved' as const,
        reason: 'import',
        requested_at: dayAt(pin.pinnedSince),
        decided_at: dayAt(pin.pinnedSince),
        client_confirmed: true,
      })),
    )
    await insertImportedTerms(
      trx,
      writes.terms.map((term) => ({
        id: term.id,
        account_number: term.accountNumber,
        sku: term.sku,
        name: term.name,
        quantity: term.quantity,
        paid_until: term.paidUntil,
      })),
    )
    await insertHistoricInvoices(
      trx,
      writes.invoices.map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        partner_id: invoice.partnerId,
        account_number: invoice.accountNumber,
        issued_on: invoice.issuedOn,
        lines: JSON.stringify(invoice.lines),
        total_kop: invoice.totalKop,
        client_paid_on: invoice.paidOn,
        transfer_received_on: invoice.transferredOn,
      })),
    )
    const result = importResult(plan, file.columns, true)
    if (result.summary.created > 0) {
      await appendAudit(trx, ctx.actor, {
        action: 'import.applied',
        entity: 'import',
        entityId: createHash('sha256').update(bytes).digest('hex'),
        after: {
          kind: plan.kind,
          summary: result.summary,
          partners: writes.partners.map((partner) => partner.inn),
          pins: writes.pins.map((pin) => pin.id),
          terms: writes.terms.length,
          invoices: writes.invoices.map((invoice) => invoice.number),
        },
      })
    }
    return result
  })

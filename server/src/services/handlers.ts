import type { Handlers } from '../http/http-deps'
import { createLinkCode } from './admin/create-link-code'
import { createPartner } from './admin/create-partner'
import { clientCard } from './clients/client-card'
import { createClient } from './clients/create-client'
import { setNegotiation } from './clients/set-negotiation'
import type { Deps } from './deps'
import { linkInstallation } from './installations/link-installation'
import { me } from './installations/me'
import { programView } from './installations/program-view'
import { createInvoice } from './invoices/create-invoice'
import { getInvoice } from './invoices/get-invoice'
import { invoicePdf } from './invoices/invoice-pdf'
import { listInvoices } from './invoices/list-invoices'
import { quote } from './invoices/quote'
import { recordClientPayment } from './invoices/record-client-payment'
import { recordTransfer } from './invoices/record-transfer'
import { voidInvoice } from './invoices/void-invoice'
import { statement } from './ledger/statement'
import { overview } from './overview/overview'
import { expelPartner } from './partners/expel-partner'
import { listPartners } from './partners/list-partners'
import { partnerDetails } from './partners/partner-details'
import { recordViolation } from './partners/record-violation'
import { voidViolation } from './partners/void-violation'
import { decidePin } from './pins/decide-pin'
import { listPins } from './pins/list-pins'
import { requestPin } from './pins/request-pin'

/** Each route of the contract to its use case. */
export const createHandlers = (deps: Deps): Handlers => ({
  createPartner: (ctx, { body }) => createPartner(deps, ctx, body),
  adminListPartners: (ctx) => listPartners(deps, ctx),
  createLinkCode: (ctx, { body }) => createLinkCode(deps, ctx, body),
  linkInstallation: (ctx, { body }) => linkInstallation(deps, ctx, body),
  me: (ctx) => me(deps, ctx),
  program: async () => programView(deps.program),
  overview: (ctx) => overview(deps, ctx),
  createClient: (ctx, { body }) => createClient(deps, ctx, body),
  clientCard: (ctx, { params }) => clientCard(deps, ctx, params.accountNumber),
  setNegotiation: (ctx, { params, body }) => setNegotiation(deps, ctx, params.accountNumber, body),
  listPins: (ctx) => listPins(deps, ctx),
  requestPin: (ctx, { body }) => requestPin(deps, ctx, body),
  approvePin: (ctx, { params, body }) => decidePin(deps, ctx, params.id, 'approve', body),
  rejectPin: (ctx, { params, body }) => decidePin(deps, ctx, params.id, 'reject', body),
  releasePin: (ctx, { params, body }) => decidePin(deps, ctx, params.id, 'release', body),
  quote: (ctx, { body }) => quote(deps, ctx, body),
  listInvoices: (ctx) => listInvoices(deps, ctx),
  createInvoice: (ctx, { body }) => createInvoice(deps, ctx, body),
  getInvoice: (ctx, { params }) => getInvoice(deps, ctx, params.id),
  invoicePdf: (ctx, { params }) => invoicePdf(deps, ctx, params.id),
  recordClientPayment: (ctx, { params, body }) => recordClientPayment(deps, ctx, params.id, body),
  recordTransfer: (ctx, { params, body }) => recordTransfer(deps, ctx, params.id, body),
  voidInvoice: (ctx, { params, body }) => voidInvoice(deps, ctx, params.id, body),
  listPartners: (ctx) => listPartners(deps, ctx),
  getPartner: (ctx, { params }) => partnerDetails(deps, ctx, params.id),
  recordViolation: (ctx, { params, body }) => recordViolation(deps, ctx, params.id, body),
  voidViolation: (ctx, { params, body }) => voidViolation(deps, ctx, params.id, body),
  expelPartner: (ctx, { params }) => expelPartner(deps, ctx, params.id),
  ledger: (ctx, { query }) => statement(deps, ctx, query),
})

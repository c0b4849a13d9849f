import { createLinkCode } from './admin/create-link-code'
import { createPartner } from './admin/create-partner'
import { invoiceChanged, pinChanged, tellScreens, tellTransfers } from './after-commit'
import { previewBankStatement } from './bank-statements/preview-bank-statement'
import { recordBankStatement } from './bank-statements/record-bank-statement'
import { clientCard } from './clients/client-card'
import { createClient } from './clients/create-client'
import { setClientDemo } from './clients/set-client-demo'
import { setNegotiation } from './clients/set-negotiation'
import { createCreditNote } from './credit-notes/create-credit-note'
import { creditNotePdf } from './credit-notes/credit-note-pdf'
import { crmAccessView } from './crm-access/crm-access-view'
import { handOverBitrix24Tokens } from './crm-access/hand-over-bitrix24-tokens'
import { listInstallations } from './crm-access/list-installations'
import { startAmocrmAuthorisation } from './crm-access/start-amocrm-authorisation'
import { crmWriteSettings } from './crm-writes/crm-write-settings'
import { setCrmWriteSettings } from './crm-writes/set-crm-write-settings'
import type { Deps } from './deps'
import { issueStreamTicket } from './events/stream-ticket'
import type { Handlers } from './handler-types'
import { applyImport } from './imports/apply-import'
import { previewImport } from './imports/preview-import'
import { linkInstallation } from './installations/link-installation'
import { me } from './installations/me'
import { programView } from './installations/program-view'
import { correctClientPayment } from './invoices/correct-client-payment'
import { createInvoice } from './invoices/create-invoice'
import { getInvoice } from './invoices/get-invoice'
import { invoicePdf } from './invoices/invoice-pdf'
import { listInvoices } from './invoices/list-invoices'
import { quote } from './invoices/quote'
import { recordClientPayment } from './invoices/record-client-payment'
import { recordTransfer } from './invoices/record-transfer'
import { voidInvoice } from './invoices/void-invoice'
import { statement } from './ledger/statement'
import { listNotices } from './notices/list-notices'
import { markNoticesRead } from './notices/mark-notices-read'
import { overview } from './overview/overview'
import { listPartnerInstallations } from './partner-installations/list-partner-installations'
import { revokeInstallation } from './partner-installations/revoke-installation'
import { expelPartner } from './partners/expel-partner'
import { listPartners } from './partners/list-partners'
import { partnerDetails } from './partners/partner-details'
import { recordViolation } from './partners/record-violation'
import { searchPartners } from './partners/search-partners'
import { setPartnerCountries } from './partners/set-partner-countries'
import { updatePartner } from './partners/update-partner'
import { voidViolation } from './partners/void-violation'
import { decidePin } from './pins/decide-pin'
import { listPins } from './pins/list-pins'
import { requestPin } from './pins/request-pin'
import { decideRenewal } from './registrations/decide-renewal'
import { handOverLead } from './registrations/hand-over-lead'
import { listRegistrations } from './registrations/list-registrations'
import { registerProject } from './registrations/register-project'
import { requestRenewal } from './registrations/request-renewal'
import { setProjectDiscount } from './registrations/set-project-discount'
import { listRenewals } from './renewals/list-renewals'
import { report } from './reports/report'
import { applyForStatus } from './statuses/apply-for-status'
import { approveStatusApplication } from './statuses/approve-status-application'
import { cancelStatusChange } from './statuses/cancel-status-change'
import { changeStatus } from './statuses/change-status'
import { computeReview } from './statuses/compute-review'
import { confirmReview } from './statuses/confirm-review'
import { getReview } from './statuses/get-review'
import { listReviews } from './statuses/list-reviews'
import { listStatusApplications } from './statuses/list-status-applications'
import { partnerCertificate } from './statuses/partner-certificate'
import { partnerStatus } from './statuses/partner-status'
import { recordAgreement } from './statuses/record-agreement'
import { recordEvidence } from './statuses/record-evidence'
import { refuseStatusApplication } from './statuses/refuse-status-application'
import { renewPartner } from './statuses/renew-partner'
import { setNetworkParent } from './statuses/set-network-parent'
import { setThresholds } from './statuses/set-thresholds'
import { statusBoard } from './statuses/status-board'
import { voidEvidence } from './statuses/void-evidence'

/** Each route of the contract to its use case. */
export const createHandlers = (deps: Deps): Handlers => ({
  createPartner: (ctx, { body }) => createPartner(deps, ctx, body),
  adminListPartners: (ctx, { query }) => searchPartners(deps, ctx, query),
  adminUpdatePartner: (ctx, { params, body }) => updatePartner(deps, ctx, params.id, body, 'adminUpdatePartner'),
  adminListPartnerInstallations: (_ctx, { params }) => listPartnerInstallations(deps, params.id),
  adminRevokeInstallation: (ctx, { params, body }) =>
    revokeInstallation(deps, ctx, { partnerId: params.id, installationId: params.installationId, reason: body.reason }, 'adminRevokeInstallation'),
  createLinkCode: (ctx, { body }) => createLinkCode(deps, ctx, body),
  searchPartners: (ctx, { query }) => searchPartners(deps, ctx, query),
  staffCreatePartner: (ctx, { body }) => createPartner(deps, ctx, body, 'staffCreatePartner'),
  updatePartner: (ctx, { params, body }) => updatePartner(deps, ctx, params.id, body),
  staffCreateLinkCode: (ctx, { body }) => createLinkCode(deps, ctx, body, 'staffCreateLinkCode'),
  listPartnerInstallations: (_ctx, { params }) => listPartnerInstallations(deps, params.id),
  revokeInstallation: (ctx, { params, body }) =>
    revokeInstallation(deps, ctx, { partnerId: params.id, installationId: params.installationId, reason: body.reason }),
  previewBankStatement: (ctx, { body }) => previewBankStatement(deps, ctx, body),
  recordBankStatement: (ctx, { body }) => tellTransfers(deps, recordBankStatement(deps, ctx, body)),
  previewImport: (ctx, { body }) => previewImport(deps, ctx, body),
  applyImport: (ctx, { body }) => applyImport(deps, ctx, body),
  adminPreviewImport: (ctx, { body }) => previewImport(deps, ctx, body),
  adminApplyImport: (ctx, { body }) => applyImport(deps, ctx, body),
  report: (ctx, { params, query }) => report(deps, ctx, params.name, query),
  adminReport: (ctx, { params, query }) => report(deps, ctx, params.name, query),
  linkInstallation: (ctx, { body }) => linkInstallation(deps, ctx, body),
  adminListInstallations: () => listInstallations(deps),
  crmAccess: (ctx) => crmAccessView(deps, ctx),
  startAmocrmAuthorisation: (ctx) => startAmocrmAuthorisation(deps, ctx),
  handOverBitrix24Tokens: (ctx, { body }) => handOverBitrix24Tokens(deps, ctx, body),
  crmWriteSettings: (ctx) => crmWriteSettings(deps, ctx),
  setCrmWriteSettings: (ctx, { body }) => setCrmWriteSettings(deps, ctx, body),
  me: (ctx) => me(deps, ctx),
  streamTicket: (ctx) => issueStreamTicket(deps, ctx),
  program: async () => programView(deps.program),
  overview: (ctx) => overview(deps, ctx),
  notices: (ctx) => listNotices(deps, ctx),
  markNoticesRead: (ctx, { body }) => markNoticesRead(deps, ctx, body),
  createClient: (ctx, { body }) => createClient(deps, ctx, body),
  clientCard: (ctx, { params }) => clientCard(deps, ctx, params.accountNumber),
  setNegotiation: (ctx, { params, body }) => setNegotiation(deps, ctx, params.accountNumber, body),
  setClientDemo: (ctx, { params, body }) => setClientDemo(deps, ctx, params.accountNumber, body),
  listPins: (ctx) => listPins(deps, ctx),
  requestPin: (ctx, { body }) => tellScreens(deps, requestPin(deps, ctx, body), pinChanged),
  approvePin: (ctx, { params, body }) => tellScreens(deps, decidePin(deps, ctx, params.id, 'approve', body), pinChanged),
  rejectPin: (ctx, { params, body }) => tellScreens(deps, decidePin(deps, ctx, params.id, 'reject', body), pinChanged),
  releasePin: (ctx, { params, body }) => tellScreens(deps, decidePin(deps, ctx, params.id, 'release', body), pinChanged),
  quote: (ctx, { body }) => quote(deps, ctx, body),
  renewals: (ctx) => listRenewals(deps, ctx),
  listInvoices: (ctx) => listInvoices(deps, ctx),
  createInvoice: (ctx, { body }) => tellScreens(deps, createInvoice(deps, ctx, body), invoiceChanged()),
  getInvoice: (ctx, { params }) => getInvoice(deps, ctx, params.id),
  invoicePdf: (ctx, { params }) => invoicePdf(deps, ctx, params.id),
  creditNotePdf: (ctx, { params }) => creditNotePdf(deps, ctx, params.id),
  recordClientPayment: (ctx, { params, body }) => tellScreens(deps, recordClientPayment(deps, ctx, params.id, body), invoiceChanged()),
  recordTransfer: (ctx, { params, body }) => tellScreens(deps, recordTransfer(deps, ctx, params.id, body), invoiceChanged('transfer')),
  voidInvoice: (ctx, { params, body }) => tellScreens(deps, voidInvoice(deps, ctx, params.id, body), invoiceChanged()),
  createCreditNote: (ctx, { params, body }) => tellScreens(deps, createCreditNote(deps, ctx, params.id, body), invoiceChanged()),
  correctClientPayment: (ctx, { params, body }) => tellScreens(deps, correctClientPayment(deps, ctx, params.id, body), invoiceChanged()),
  listPartners: (ctx) => listPartners(deps, ctx),
  getPartner: (ctx, { params }) => partnerDetails(deps, ctx, params.id),
  // The partner's screens hear of the violation's notice and of what it did to its standing.
  recordViolation: (ctx, { params, body }) =>
    tellScreens(deps, recordViolation(deps, ctx, params.id, body), () => ({ kind: 'notice', account: null, partnerId: params.id })),
  voidViolation: (ctx, { params, body }) => voidViolation(deps, ctx, params.id, body),
  setPartnerCountries: (ctx, { params, body }) => setPartnerCountries(deps, ctx, params.id, body),
  expelPartner: (ctx, { params }) => expelPartner(deps, ctx, params.id),
  ledger: (ctx, { query }) => statement(deps, ctx, query),
  partnerStatus: (ctx, { params }) => partnerStatus(deps, ctx, params.id),
  partnerCertificate: (ctx, { params }) => partnerCertificate(deps, ctx, params.id),
  recordAgreement: (ctx, { params, body }) => recordAgreement(deps, ctx, params.id, body),
  recordEvidence: (ctx, { params, body }) => recordEvidence(deps, ctx, params.id, body),
  voidEvidence: (ctx, { params, body }) => voidEvidence(deps, ctx, params.id, body),
  setThresholds: (ctx, { params, body }) => setThresholds(deps, ctx, params.id, body),
  setNetworkParent: (ctx, { params, body }) => setNetworkParent(deps, ctx, params.id, body),
  changeStatus: (ctx, { params, body }) => changeStatus(deps, ctx, params.id, body),
  cancelStatusChange: (ctx, { params, body }) => cancelStatusChange(deps, ctx, params.id, body),
  renewPartner: (ctx, { params, body }) => renewPartner(deps, ctx, params.id, body),
  statusBoard: (ctx) => statusBoard(deps, ctx),
  listStatusApplications: (ctx) => listStatusApplications(deps, ctx),
  applyForStatus: (ctx, { body }) => applyForStatus(deps, ctx, body),
  approveStatusApplication: (ctx, { params, body }) => approveStatusApplication(deps, ctx, params.id, body),
  refuseStatusApplication: (ctx, { params, body }) => refuseStatusApplication(deps, ctx, params.id, body),
  listReviews: (ctx) => listReviews(deps, ctx),
  computeReview: (ctx, { body }) => computeReview(deps, ctx, body),
  getReview: (ctx, { params }) => getReview(deps, ctx, params.id),
  confirmReview: (ctx, { params, body }) => confirmReview(deps, ctx, params.id, body),
  listRegistrations: (ctx, { query }) => listRegistrations(deps, ctx, query),
  registerProject: (ctx, { body }) => registerProject(deps, ctx, body),
  setProjectDiscount: (ctx, { params, body }) => setProjectDiscount(deps, ctx, params.id, body),
  requestRenewal: (ctx, { params, body }) => requestRenewal(deps, ctx, params.id, body),
  approveRenewal: (ctx, { params, body }) => decideRenewal(deps, ctx, params.id, 'approve', body),
  rejectRenewal: (ctx, { params, body }) => decideRenewal(deps, ctx, params.id, 'reject', body),
  handOverLead: (ctx, { body }) => handOverLead(deps, ctx, body),
})

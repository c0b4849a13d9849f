import { ZCrmAccessResponse, ZInstallationListResponse } from '../crm-access'
import { ZHealthResponse, ZReadyResponse } from '../health'
import { ZImportRequest, ZImportResult } from '../imports'
import { ZInvoiceEnvelope, ZInvoiceListResponse } from '../invoices'
import {
  ZPartnerInstallationEnvelope,
  ZPartnerInstallationList,
  ZPartnerPage,
  ZPartnerSearchQuery,
  ZRevokeInstallationRequest,
  ZStaffLinkCodeRequest,
  ZStaffLinkCodeResponse,
  ZUpdatePartnerRequest,
} from '../partner-admin'
import { ZCreatePartnerRequest, ZPartnerDetailsResponse, ZPartnerEnvelope } from '../partners'
import { ZPinListResponse } from '../pins'
import { ZReportCsv, ZReportQuery } from '../reports'
import { ZStatusApplicationListResponse } from '../statuses'
import { IMPORT_BODY_BYTES } from './bank'
import { spec } from './route-spec'

/**
 * The routes no widget screen calls: the probes, the back office under the admin token, and the
 * lists, reads and voids the API offers to integrations. Never imported by the browser.
 */
export const ADMIN_ROUTES = spec({
  health: { method: 'get', path: '/healthz', caller: 'anyone', response: ZHealthResponse, status: 200 },
  ready: { method: 'get', path: '/readyz', caller: 'anyone', response: ZReadyResponse, status: 200 },
  createPartner: {
    method: 'post',
    path: '/v1/admin/partners',
    caller: 'admin',
    body: ZCreatePartnerRequest,
    response: ZPartnerEnvelope,
    status: 201,
  },
  adminListPartners: {
    method: 'get',
    path: '/v1/admin/partners',
    caller: 'admin',
    query: ZPartnerSearchQuery,
    response: ZPartnerPage,
    status: 200,
  },
  adminUpdatePartner: {
    method: 'put',
    path: '/v1/admin/partners/:id',
    caller: 'admin',
    body: ZUpdatePartnerRequest,
    response: ZPartnerEnvelope,
    status: 200,
  },
  adminListPartnerInstallations: {
    method: 'get',
    path: '/v1/admin/partners/:id/installations',
    caller: 'admin',
    response: ZPartnerInstallationList,
    status: 200,
  },
  adminRevokeInstallation: {
    method: 'post',
    path: '/v1/admin/partners/:id/installations/:installationId/revoke',
    caller: 'admin',
    body: ZRevokeInstallationRequest,
    response: ZPartnerInstallationEnvelope,
    status: 200,
  },
  adminPreviewImport: {
    method: 'post',
    path: '/v1/admin/imports/preview',
    caller: 'admin',
    body: ZImportRequest,
    response: ZImportResult,
    status: 200,
    maxBodyBytes: IMPORT_BODY_BYTES,
  },
  adminApplyImport: {
    method: 'post',
    path: '/v1/admin/imports',
    caller: 'admin',
    body: ZImportRequest,
    response: ZImportResult,
    status: 200,
    idempotent: true,
    maxBodyBytes: IMPORT_BODY_BYTES,
  },
  adminReport: {
    method: 'get',
    path: '/v1/admin/reports/:name',
    caller: 'admin',
    query: ZReportQuery,
    response: ZReportCsv,
    status: 200,
    produces: 'text/csv',
  },
  createLinkCode: {
    method: 'post',
    path: '/v1/admin/link-codes',
    caller: 'admin',
    body: ZStaffLinkCodeRequest,
    response: ZStaffLinkCodeResponse,
    status: 201,
  },
  adminListInstallations: {
    method: 'get',
    path: '/v1/admin/installations',
    caller: 'admin',
    response: ZInstallationListResponse,
    status: 200,
  },
  crmAccess: { method: 'get', path: '/v1/crm-access', caller: 'crm', response: ZCrmAccessResponse, status: 200 },
  listPins: {
    method: 'get',
    path: '/v1/pins',
    caller: 'crm',
    response: ZPinListResponse,
    status: 200,
  },
  listInvoices: {
    method: 'get',
    path: '/v1/invoices',
    caller: 'crm',
    response: ZInvoiceListResponse,
    status: 200,
  },
  getInvoice: { method: 'get', path: '/v1/invoices/:id', caller: 'crm', response: ZInvoiceEnvelope, status: 200 },
  getPartner: {
    method: 'get',
    path: '/v1/partners/:id',
    caller: 'crm',
    response: ZPartnerDetailsResponse,
    status: 200,
  },
  listStatusApplications: {
    method: 'get',
    path: '/v1/status-applications',
    caller: 'crm',
    response: ZStatusApplicationListResponse,
    status: 200,
  },
})

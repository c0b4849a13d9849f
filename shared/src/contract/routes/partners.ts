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
import { ZCreatePartnerRequest, ZPartnerEnvelope } from '../partners'
import { spec } from './route-spec'

/**
 * The partner directory vendor staff run from their CRM (issue 10): partners created, edited and
 * searched, their link codes, their installations and revocations. Only the directory's own chunk
 * loads this group, so no other page carries it.
 */
export const PARTNER_ROUTES = spec({
  searchPartners: {
    method: 'get',
    path: '/v1/partner-directory',
    caller: 'vendor',
    query: ZPartnerSearchQuery,
    response: ZPartnerPage,
    status: 200,
  },
  staffCreatePartner: {
    method: 'post',
    path: '/v1/partner-directory',
    caller: 'vendor',
    body: ZCreatePartnerRequest,
    response: ZPartnerEnvelope,
    status: 201,
    idempotent: true,
  },
  updatePartner: {
    method: 'put',
    path: '/v1/partners/:id',
    caller: 'vendor',
    body: ZUpdatePartnerRequest,
    response: ZPartnerEnvelope,
    status: 200,
    idempotent: true,
  },
  staffCreateLinkCode: {
    method: 'post',
    path: '/v1/link-codes',
    caller: 'vendor',
    body: ZStaffLinkCodeRequest,
    response: ZStaffLinkCodeResponse,
    status: 201,
    idempotent: true,
  },
  listPartnerInstallations: {
    method: 'get',
    path: '/v1/partners/:id/installations',
    caller: 'vendor',
    response: ZPartnerInstallationList,
    status: 200,
  },
  revokeInstallation: {
    method: 'post',
    path: '/v1/partners/:id/installations/:installationId/revoke',
    caller: 'vendor',
    body: ZRevokeInstallationRequest,
    response: ZPartnerInstallationEnvelope,
    status: 200,
    idempotent: true,
  },
})

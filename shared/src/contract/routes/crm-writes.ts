import { ZAmocrmAuthorisationResponse, ZBitrix24TokensRequest, ZCrmAccessResponse } from '../crm-access'
import { ZCrmWriteSettings, ZCrmWriteSettingsResponse } from '../crm-writes'
import { spec } from './route-spec'

/**
 * The settings screen's part about the relay acting in the caller's own CRM (issue 12): whether it
 * may, granting access, and what it writes. Loaded with that part only.
 */
export const CRM_WRITE_ROUTES = spec({
  crmWriteSettings: { method: 'get', path: '/v1/crm-writes/settings', caller: 'crm', response: ZCrmWriteSettingsResponse, status: 200 },
  setCrmWriteSettings: {
    method: 'put',
    path: '/v1/crm-writes/settings',
    caller: 'crm',
    body: ZCrmWriteSettings,
    response: ZCrmWriteSettingsResponse,
    status: 200,
    idempotent: true,
  },
  startAmocrmAuthorisation: {
    method: 'post',
    path: '/v1/oauth/amocrm/authorize',
    caller: 'crm',
    response: ZAmocrmAuthorisationResponse,
    status: 200,
  },
  handOverBitrix24Tokens: {
    method: 'post',
    path: '/v1/oauth/bitrix24/tokens',
    caller: 'crm',
    body: ZBitrix24TokensRequest,
    response: ZCrmAccessResponse,
    status: 201,
  },
})

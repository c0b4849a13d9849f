/**
 * The CRM accounts the demo data is linked to. The demo host pages sign in as these, so a newcomer
 * can click through both CRMs as a partner and as vendor staff right after `npm start`.
 */
export const DEMO_IDENTITIES = {
  vendor: { amocrm: '1000001', bitrix24: 'demo-vendor-member' },
  alpha: { amocrm: '2000001', bitrix24: 'demo-alpha-member' },
  beta: { amocrm: '3000001', bitrix24: 'demo-beta-member' },
} as const

export type DemoWho = keyof typeof DEMO_IDENTITIES

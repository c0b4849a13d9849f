import type { TMeResponse, TProgramResponse } from '../contract'
import type { TReview, TReviewProposal } from '../contract/reviews'
import type { TChecklist, TPartnerStatusResponse, TStatusApplication, TStatusChange } from '../contract/statuses'
import type { TStatusBoard } from '../stores/create-status-board-store'
import { buildMePartner, buildProgram } from './fixtures'

/** Builders of the Agat RT program's status answers (AG-3) for tests and previews. Fixed dates. */
export const AGAT_STATUSES = [
  { id: 'unauthorized', name: 'Партнёр без авторизации', nameEn: 'Unauthorized partner' },
  { id: 'authorized', name: 'Авторизованный партнёр', nameEn: 'Authorized partner' },
  { id: 'silver', name: 'Серебряный партнёр', nameEn: 'Silver partner' },
  { id: 'gold', name: 'Золотой партнёр', nameEn: 'Gold partner' },
  { id: 'regional_distributor', name: 'Региональный дистрибьютор', nameEn: 'Regional distributor' },
  { id: 'project_partner', name: 'Проектный партнёр', nameEn: 'Project partner' },
]

export const buildAgatProgram = (overrides: Partial<TProgramResponse> = {}): TProgramResponse =>
  buildProgram({
    id: 'agat-rt',
    name: 'Агат РТ',
    requiresPin: false,
    statuses: AGAT_STATUSES,
    statusRules: {
      authorizationStatus: 'authorized',
      applicationStatuses: ['silver'],
      reviewStatuses: ['gold', 'regional_distributor', 'project_partner'],
      publicationDates: ['01-30', '07-30'],
      dealProtectionDays: 90,
      projectRegistrationFrom: 'gold',
    },
    ...overrides,
  })

export const buildMeAgatPartner = (): TMeResponse => {
  const me = buildMePartner({ program: { id: 'agat-rt', name: 'Агат РТ' } })
  return { ...me, partner: { ...me.partner!, status: 'authorized', statusName: 'Авторизованный партнёр', effectiveStatus: 'authorized', privileges: [] } }
}

export const buildMeAgatVendor = (): TMeResponse => ({
  role: 'vendor',
  crm: 'amocrm',
  account: '31000900',
  userId: '7',
  program: { id: 'agat-rt', name: 'Агат РТ' },
})

export const buildChecklist = (overrides: Partial<TChecklist> = {}): TChecklist => ({
  status: 'gold',
  statusName: 'Золотой партнёр',
  isMet: false,
  missing: ['customerTestimonial', 'halfYearVolumeKop'],
  items: [
    { requirement: 'website', need: 'required', isMet: true, progress: null, validUntil: '2027-01-31' },
    { requirement: 'customerTestimonial', need: 'required', isMet: false, progress: null, validUntil: null },
    { requirement: 'marketingEventsPerHalfYear', need: 'required', isMet: true, progress: { unit: 'count', value: 2, target: 2 }, validUntil: null },
    { requirement: 'halfYearVolumeKop', need: 'required', isMet: false, progress: { unit: 'kop', value: 120_000_000, target: 700_000_000 }, validUntil: null },
  ],
  ...overrides,
})

export const buildSilverChecklist = (): TChecklist =>
  buildChecklist({
    status: 'silver',
    statusName: 'Серебряный партнёр',
    isMet: true,
    missing: [],
    items: [
      { requirement: 'website', need: 'required', isMet: true, progress: null, validUntil: '2027-01-31' },
      { requirement: 'certifiedSales', need: 'required', isMet: true, progress: null, validUntil: '2027-03-01' },
      { requirement: 'certifiedTechnical', need: 'required', isMet: true, progress: null, validUntil: '2027-03-01' },
    ],
  })

export const buildStatusApplication = (overrides: Partial<TStatusApplication> = {}): TStatusApplication => ({
  id: 'app-1',
  partnerId: 'p-1',
  partnerName: 'ООО «Ромашка»',
  status: 'silver',
  statusName: 'Серебряный партнёр',
  state: 'pending',
  appliedOn: '2026-11-23',
  note: null,
  checklist: buildSilverChecklist(),
  decidedAt: null,
  decisionNote: null,
  effectiveOn: null,
  validUntil: null,
  ...overrides,
})

export const buildStatusChange = (overrides: Partial<TStatusChange> = {}): TStatusChange => ({
  id: 'chg-1',
  partnerId: 'p-1',
  partnerName: 'ООО «Ромашка»',
  fromStatus: 'authorized',
  toStatus: 'silver',
  toStatusName: 'Серебряный партнёр',
  effectiveOn: '2027-01-01',
  validUntil: '2027-12-31',
  source: 'application',
  reason: null,
  state: 'pending',
  createdAt: '2026-11-23T09:00:00Z',
  ...overrides,
})

export const buildPartnerStatus = (overrides: Partial<TPartnerStatusResponse> = {}): TPartnerStatusResponse => ({
  partnerId: 'p-1',
  partnerName: 'ООО «Ромашка»',
  status: 'authorized',
  statusName: 'Авторизованный партнёр',
  effectiveStatus: 'authorized',
  partnerState: 'active',
  statusRule: 'AG-1.5',
  explanations: [],
  agreementSignedOn: '2026-02-10',
  authorizedOn: '2026-03-02',
  certificateValidUntil: '2027-01-31',
  statusValidUntil: null,
  renewalFlags: [],
  nextReviewOn: '2027-01-30',
  pendingChanges: [],
  applications: [],
  canApplyFor: ['silver'],
  history: [
    {
      fromStatus: 'unauthorized',
      toStatus: 'authorized',
      toStatusName: 'Авторизованный партнёр',
      effectiveOn: '2026-03-02',
      validUntil: '2027-01-31',
      source: 'authorization',
      reason: null,
      recordedAt: '2026-03-02T09:00:00Z',
    },
  ],
  volume: { period: '2026-H2', from: '2026-07-01', to: '2026-12-31', basis: 'payable', volumeKop: 120_000_000, projectDealsVolumeKop: 0 },
  thresholds: [{ status: 'gold', statusName: 'Золотой партнёр', thresholdKop: 700_000_000, isIndividual: false }],
  checklists: [
    buildChecklist({ status: 'authorized', statusName: 'Авторизованный партнёр', isMet: true, missing: [], items: [] }),
    buildSilverChecklist(),
    buildChecklist(),
  ],
  evidence: [],
  network: null,
  parentPartner: null,
  privileges: [
    { id: 'training', value: true },
    { id: 'siteListing', value: 'on-request' },
    { id: 'creditLine', value: false },
  ],
  ...overrides,
})

export const buildStatusBoard = (overrides: Partial<TStatusBoard> = {}): TStatusBoard => ({
  flagged: [],
  pendingApplications: [],
  pendingChanges: [],
  ...overrides,
})

export const buildProposal = (overrides: Partial<TReviewProposal> = {}): TReviewProposal => ({
  partnerId: 'p-1',
  partnerName: 'ООО «Ромашка»',
  currentStatus: 'silver',
  currentStatusName: 'Серебряный партнёр',
  proposedStatus: 'gold',
  proposedStatusName: 'Золотой партнёр',
  eligible: ['gold'],
  change: 'upgrade',
  includeProjectDeals: false,
  volumeKop: 800_000_000,
  projectDealsVolumeKop: 0,
  countedVolumeKop: 800_000_000,
  checklists: [
    buildChecklist({
      isMet: true,
      missing: [],
      items: [
        {
          requirement: 'halfYearVolumeKop',
          need: 'required',
          isMet: true,
          progress: { unit: 'kop', value: 800_000_000, target: 700_000_000 },
          validUntil: null,
        },
      ],
    }),
  ],
  decidedStatus: null,
  decisionNote: null,
  ...overrides,
})

export const buildReview = (overrides: Partial<TReview> = {}): TReview => ({
  id: 'rev-1',
  period: '2026-H1',
  from: '2026-01-01',
  to: '2026-06-30',
  publicationOn: '2026-07-30',
  state: 'draft',
  computedAt: '2026-07-20T09:00:00Z',
  confirmedAt: null,
  proposals: [buildProposal()],
  ...overrides,
})

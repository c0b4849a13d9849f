import type {
  TClient,
  TInvoice,
  TLedgerResponse,
  TMeResponse,
  TPartner,
  TPartnerCard,
  TPartnerOverview,
  TPin,
  TPinRequest,
  TProgramResponse,
  TQuoteLine,
  TQuoteResponse,
  TSublicense,
  TVendorCard,
  TVendorOverview,
  TViolation,
} from '../contract'

/** Builders of contract-shaped answers for tests and previews. Fixed dates; override what matters. */
export const buildMePartner = (overrides: Partial<TMeResponse> = {}): TMeResponse => ({
  role: 'partner',
  crm: 'amocrm',
  account: '31000001',
  userId: '501',
  program: { id: 'atrealt', name: 'ATRealt' },
  partner: {
    id: 'p-1',
    name: 'ООО «Ромашка»',
    status: 'registered',
    statusName: 'Партнёр',
    effectiveStatus: 'registered',
    state: 'active',
    violations: 0,
    mayRequestPins: true,
    discounts: [
      { category: 'amocrm', categoryName: 'ATRealt для amoCRM', discountBps: 2000, isPerProject: false },
      { category: 'bitrix24', categoryName: 'ATRealt для Битрикс24', discountBps: 2000, isPerProject: false },
    ],
  },
  ...overrides,
})

export const buildMeVendor = (overrides: Partial<TMeResponse> = {}): TMeResponse => ({
  role: 'vendor',
  crm: 'amocrm',
  account: '31000900',
  userId: '7',
  program: {
    id: 'atrealt',
    name: 'ATRealt',
    violable: {
      basis: 'AT-4.1',
      rules: [
        { rule: 'AT-1.6', title: { ru: 'Перечислять оплату за сублицензии не позднее 3 рабочих дней', en: 'Pay for the sublicenses within 3 working days' } },
        { rule: 'AT-3.2', title: { ru: 'Запрещено передавать свой демо-аккаунт клиенту', en: "Forbidden: handing one's demo account to a client" } },
        { rule: 'AT-3.3', title: { ru: 'Запрещено продавать сублицензии по цене, отличной от утверждённой', en: 'Forbidden: selling at another price' } },
      ],
    },
  },
  ...overrides,
})

export const buildProgram = (overrides: Partial<TProgramResponse> = {}): TProgramResponse => ({
  id: 'atrealt',
  name: 'ATRealt',
  currency: 'RUB',
  timeZone: 'Europe/Moscow',
  requiresPin: true,
  enforcesTerritory: false,
  months: { min: 1, max: 36 },
  transferWorkingDays: 3,
  guards: { confirmTotalAboveKop: 100_000_000, duplicateWindowMinutes: 10 },
  categories: [{ id: 'amocrm', name: 'ATRealt для amoCRM' }],
  statuses: [{ id: 'registered', name: 'Партнёр' }],
  products: [
    {
      sku: 'atr-amo',
      name: 'ATRealt для amoCRM',
      category: 'amocrm',
      pricing: 'monthly',
      monthlyPriceKop: 99_000,
      unit: 'мес.',
      vat: null,
      isSample: false,
      maxQuantity: 1000,
      maxMonths: 36,
    },
    {
      sku: 'atr-b24',
      name: 'ATRealt для Битрикс24',
      category: 'bitrix24',
      pricing: 'monthly',
      monthlyPriceKop: 129_000,
      unit: 'мес.',
      vat: null,
      isSample: false,
      maxQuantity: 1000,
      maxMonths: 36,
    },
  ],
  ...overrides,
})

export const buildClient = (overrides: Partial<TClient> = {}): TClient => ({
  accountNumber: 'A-1001',
  name: 'ООО «Вектор»',
  inn: '7707083893',
  email: 'office@vector.example',
  phone: '+7 495 000-00-00',
  country: 'RU',
  demo: false,
  registeredAt: '2026-03-02T09:00:00Z',
  ...overrides,
})

export const buildPin = (overrides: Partial<TPin> = {}): TPin => ({
  id: 'pin-1',
  accountNumber: 'A-1001',
  clientName: 'ООО «Вектор»',
  partnerId: 'p-1',
  partnerName: 'ООО «Ромашка»',
  state: 'approved',
  reason: null,
  reference: null,
  requestedAt: '2026-03-02T09:05:00Z',
  decidedAt: '2026-03-03T10:00:00Z',
  releasedAt: null,
  confirmedWithClient: false,
  confirmationNote: null,
  ...overrides,
})

export const buildQuoteLine = (overrides: Partial<TQuoteLine> = {}): TQuoteLine => ({
  sku: 'atr-amo',
  name: 'ATRealt для amoCRM',
  category: 'amocrm',
  quantity: 5,
  months: 12,
  unitPriceKop: 99_000,
  listKop: 5_940_000,
  discountBps: 2000,
  rewardKop: 1_188_000,
  payableKop: 4_752_000,
  vatBps: null,
  vatKop: 0,
  ...overrides,
})

export const buildQuote = (line: Partial<TQuoteLine> = {}): TQuoteResponse => {
  const built = buildQuoteLine(line)
  return {
    lines: [built],
    totals: { listKop: built.listKop, rewardKop: built.rewardKop, payableKop: built.payableKop, vatKop: built.vatKop },
    discountSource: 'base',
    warnings: [],
  }
}

export const buildInvoice = (overrides: Partial<TInvoice> = {}): TInvoice => {
  const quote = buildQuote()
  return {
    id: 'inv-1',
    number: '2026-000123',
    state: 'issued',
    partnerId: 'p-1',
    partnerName: 'ООО «Ромашка»',
    accountNumber: 'A-1001',
    clientName: 'ООО «Вектор»',
    issuedOn: '2026-04-27',
    lines: quote.lines,
    totals: quote.totals,
    discountSource: quote.discountSource,
    clientPaidOn: null,
    transferDueOn: null,
    transferDueEstimated: false,
    transferDueOnProvisional: false,
    transferReceivedOn: null,
    onTime: null,
    workingDaysLeft: null,
    isOverdue: false,
    voidReason: null,
    creditNotes: [],
    createdAt: '2026-04-27T08:00:00Z',
    ...overrides,
  }
}

export const buildSublicense = (overrides: Partial<TSublicense> = {}): TSublicense => ({
  invoiceId: 'inv-0',
  invoiceNumber: '2026-000045',
  sku: 'atr-amo',
  name: 'ATRealt для amoCRM',
  quantity: 5,
  months: 12,
  paidFrom: '2026-03-10',
  paidThrough: '2027-03-09',
  transferOnTime: true,
  ...overrides,
})

/** An ATRealt card: the relay lets the partner invoice once its pin is approved (AT-1.2), unless told otherwise. */
export const buildPartnerCard = (overrides: Partial<TPartnerCard> = {}): TPartnerCard => {
  const pin = overrides.pin === undefined ? buildPin() : overrides.pin
  return {
    view: 'partner',
    accountNumber: 'A-1001',
    client: buildClient(),
    pin,
    invoices: [],
    sublicenses: [],
    supportedUntil: null,
    canInvoice: pin?.state === 'approved',
    requiresPin: true,
    pinRefusal: null,
    notice: null,
    ...overrides,
  }
}

export const buildPartner = (overrides: Partial<TPartner> = {}): TPartner => ({
  id: 'p-1',
  name: 'ООО «Ромашка»',
  inn: '7707083893',
  kpp: null,
  ogrn: null,
  email: 'sales@romashka.example',
  address: null,
  countries: ['RU'],
  extraCountries: [],
  territoryReason: null,
  status: 'registered',
  statusName: 'Партнёр',
  effectiveStatus: 'registered',
  state: 'active',
  currentDiscountBps: null,
  liveViolations: 0,
  createdAt: '2026-01-15T08:00:00Z',
  ...overrides,
})

export const buildVendorCard = (overrides: Partial<TVendorCard> = {}): TVendorCard => ({
  view: 'vendor',
  accountNumber: 'A-1001',
  client: buildClient(),
  pin: buildPin(),
  partner: { id: 'p-1', name: 'ООО «Ромашка»', state: 'active', email: 'sales@romashka.example' },
  pinHistory: [buildPin()],
  negotiation: { open: false, note: null },
  invoices: [],
  sublicenses: [],
  supportedUntil: null,
  ...overrides,
})

export const buildViolation = (overrides: Partial<TViolation> = {}): TViolation => ({
  id: 'v-1',
  partnerId: 'p-1',
  rule: 'AT-1.6',
  source: 'auto-overdue',
  invoiceId: 'inv-1',
  invoiceNumber: '2026-000123',
  note: 'Перевод по счёту просрочен',
  occurredOn: '2026-04-02',
  voidedAt: null,
  voidReason: null,
  createdAt: '2026-04-02T21:00:00Z',
  ...overrides,
})

export const buildPartnerOverview = (overrides: Partial<TPartnerOverview> = {}): TPartnerOverview => ({
  view: 'partner',
  pins: [buildPin()],
  awaitingTransfer: [],
  violations: [],
  unreadNotices: 0,
  ...overrides,
})

/** A pin request as staff's overview lists it: its decision not yet due, nobody else interested. */
export const buildPinRequest = (overrides: Partial<TPinRequest> = {}): TPinRequest => ({
  ...buildPin({ state: 'requested', decidedAt: null }),
  decisionDueOn: '2026-04-17',
  isDecisionOverdue: false,
  otherInterest: [],
  ...overrides,
})

export const buildVendorOverview = (overrides: Partial<TVendorOverview> = {}): TVendorOverview => ({
  view: 'vendor',
  pinRequests: [],
  overdueTransfers: [],
  awaitingTransfer: [],
  calendarNotice: null,
  partners: [buildPartner()],
  expelledReceivables: [],
  expelledClients: [],
  violations: [],
  unreadNotices: 0,
  ...overrides,
})

export const buildLedger = (overrides: Partial<TLedgerResponse> = {}): TLedgerResponse => ({
  partnerId: 'p-1',
  entries: [],
  balances: {},
  nextCursor: null,
  ...overrides,
})

type LedgerOperationFixture = {
  kind: string
  at: string
  invoiceNumber?: string | null
  creditNoteNumber?: string | null
  postings: [account: string, amountKop: number][]
}

/**
 * A statement of partner p-1 from whole operations, numbered and balanced as the relay does: each
 * posting carries its account's running balance; `balances` are the totals. Accounts are named by kind.
 */
export const buildLedgerOf = (operations: LedgerOperationFixture[], overrides: Partial<TLedgerResponse> = {}): TLedgerResponse => {
  const running = new Map<string, number>(['client-receivable', 'cash', 'vendor-payable', 'reward'].map((kind) => [`partner:p-1:${kind}`, 0]))
  let postingId = 0
  const entries = operations.flatMap((operation, index) =>
    operation.postings.map(([kind, amountKop]) => {
      const account = `partner:p-1:${kind}`
      const balanceKop = (running.get(account) ?? 0) + amountKop
      running.set(account, balanceKop)
      postingId++
      const invoiceNumber = operation.invoiceNumber ?? null
      const invoiceId = invoiceNumber && `inv-${invoiceNumber}`
      const creditNoteNumber = operation.creditNoteNumber ?? null
      const creditNoteId = creditNoteNumber && `cn-${creditNoteNumber}`
      return {
        postingId,
        transactionId: index + 1,
        at: operation.at,
        kind: operation.kind,
        invoiceId,
        invoiceNumber,
        creditNoteId,
        creditNoteNumber,
        account,
        amountKop,
        balanceKop,
      }
    }),
  )
  return buildLedger({ entries, balances: Object.fromEntries(running), ...overrides })
}

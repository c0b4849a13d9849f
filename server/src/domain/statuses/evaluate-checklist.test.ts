import { describe, expect, test } from 'vitest'
import { loadProgram } from '../../config/load-program'
import { type ChecklistFacts, evaluateChecklist } from './evaluate-checklist'

const agat = loadProgram('agat-rt')
const column = (status: string) => agat.requirements![status]
const H1 = { from: '2026-01-01', to: '2026-06-30' }
const evidence = (requirement: string, recordedOn: string, validUntil: string | null = null) => ({ requirement, recordedOn, validUntil })
const goldEvidence = [
  evidence('website', '2025-01-10'),
  evidence('certifiedSales', '2025-03-01', '2027-03-01'),
  evidence('certifiedTechnical', '2025-03-01', '2027-03-01'),
  evidence('customerTestimonial', '2026-02-01'),
  evidence('jointSupportServices', '2026-01-15'),
  evidence('partnerReporting', '2026-06-10'),
  evidence('marketingEvent', '2026-02-20'),
  evidence('marketingEvent', '2026-05-20'),
]
const facts = (over: Partial<ChecklistFacts> = {}): ChecklistFacts => ({
  asOf: '2026-06-30',
  period: H1,
  evidence: goldEvidence,
  volumeKop: 7_000_000_00n,
  cooperationSince: '2025-06-30',
  networkSize: 0,
  ...over,
})

describe('evaluateChecklist (AG-REQ)', () => {
  test('a Gold partner meeting every row (AG-REQ)', () => {
    const checklist = evaluateChecklist({ requirements: column('gold'), facts: facts() })
    expect(checklist).toMatchObject({ isMet: true, missing: [] })
    expect(checklist.items.map((i) => i.requirement)).toEqual([
      'website',
      'certifiedSales',
      'certifiedTechnical',
      'customerTestimonial',
      'jointSupportServices',
      'marketingEventsPerHalfYear',
      'tenureMonths',
      'partnerReporting',
      'halfYearVolumeKop',
    ])
    expect(checklist.items.find((i) => i.requirement === 'certifiedSales')?.validUntil).toBe('2027-03-01')
  })

  test.each([
    { label: 'one kopeck under 7 000 000 ₽ misses the Gold volume (AG-REQ)', over: { volumeKop: 6_999_999_99n }, missing: ['halfYearVolumeKop'] },
    {
      label: 'an individual threshold replaces the program one (AG-REQ ***)',
      over: { volumeKop: 5_000_000_00n, individualThresholdKop: 5_000_000_00n },
      missing: [],
    },
    { label: 'a day short of a year of cooperation misses tenure (AG-REQ)', over: { cooperationSince: '2025-07-01' }, missing: ['tenureMonths'] },
    {
      label: 'an event of the next half-year does not count for this one (AG-REQ)',
      over: { evidence: [...goldEvidence.slice(0, 7), evidence('marketingEvent', '2026-07-01')] },
      missing: ['marketingEventsPerHalfYear'],
    },
    {
      label: 'a certificate expired before the date does not hold (AG-REQ)',
      over: { evidence: [evidence('certifiedTechnical', '2024-01-01', '2026-06-29'), ...goldEvidence.filter((e) => e.requirement !== 'certifiedTechnical')] },
      missing: ['certifiedTechnical'],
    },
    {
      label: 'evidence recorded after the date does not hold yet (AG-REQ)',
      over: { evidence: [evidence('customerTestimonial', '2026-07-02'), ...goldEvidence.filter((e) => e.requirement !== 'customerTestimonial')] },
      missing: ['customerTestimonial'],
    },
  ])('$label', ({ over, missing }) => {
    expect(evaluateChecklist({ requirements: column('gold'), facts: facts(over) }).missing).toEqual(missing)
  })

  test('a Regional distributor needs 30 partners in its network and 4 events (AG-REQ)', () => {
    const checklist = evaluateChecklist({ requirements: column('regional_distributor'), facts: facts({ networkSize: 29 }) })
    expect(checklist.missing).toEqual(expect.arrayContaining(['networkSize', 'marketingEventsPerHalfYear', 'demoStand', 'annualBusinessPlan']))
    expect(checklist.items.find((i) => i.requirement === 'networkSize')?.progress).toEqual({ unit: 'count', value: 29, target: 30 })
    expect(checklist.items.find((i) => i.requirement === 'customerTestimonial')?.need).toBe('recommended')
  })

  test('recommended rows never block (AG-REQ)', () => {
    const projectEvidence = goldEvidence.filter((e) => !['certifiedSales', 'customerTestimonial', 'marketingEvent'].includes(e.requirement))
    const checklist = evaluateChecklist({ requirements: column('project_partner'), facts: facts({ evidence: projectEvidence, volumeKop: 40_000_000_00n }) })
    expect(checklist).toMatchObject({ isMet: true, missing: [] })
    expect(checklist.items.filter((i) => !i.isMet).map((i) => [i.requirement, i.need])).toEqual([
      ['certifiedSales', 'recommended'],
      ['customerTestimonial', 'recommended'],
      ['demoStand', 'recommended'],
      ['marketingEventsPerHalfYear', 'recommended'],
    ])
  })

  test('the renewal checklist leaves the half-year rows to the review (AG-3.2, AG-3.3b)', () => {
    const checklist = evaluateChecklist({ requirements: column('gold'), facts: facts({ volumeKop: 0n, evidence: goldEvidence.slice(0, 6) }), scope: 'renewal' })
    expect(checklist.isMet).toBe(true)
    expect(checklist.items.map((i) => i.requirement)).not.toContain('halfYearVolumeKop')
  })

  test('an Authorized partner needs only its website (AG-REQ)', () => {
    expect(evaluateChecklist({ requirements: column('authorized'), facts: facts({ evidence: [] }) }).missing).toEqual(['website'])
  })
})

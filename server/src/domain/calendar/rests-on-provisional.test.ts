import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { loadCalendars } from '../../config/load-calendars'
import { restsOnProvisional } from './rests-on-provisional'

const calendars = loadCalendars(fileURLToPath(new URL('../../../calendars', import.meta.url)), 'ru')

describe('restsOnProvisional (X-7)', () => {
  test.each([
    { label: 'a deadline inside 2026, whose decree is in its file, is firm', from: '2026-12-01', to: '2026-12-04', provisional: false },
    { label: 'a deadline counted into provisional 2027 may move', from: '2026-12-29', to: '2027-01-12', provisional: true },
    { label: 'a deadline inside provisional 2027 may move', from: '2027-03-01', to: '2027-03-04', provisional: true },
    { label: 'a year with no file at all is estimated, not provisional', from: '2028-03-01', to: '2028-03-06', provisional: false },
  ])('$label', ({ from, to, provisional }) => expect(restsOnProvisional({ from, to, calendars })).toBe(provisional))
})

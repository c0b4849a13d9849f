import { expect, test } from 'vitest'
import { createFormat, todayInProgramZone } from './format'

const ru = createFormat('ru')
test.each([
  { label: 'kopecks as roubles', value: ru.money(123_456), text: '1 234,56 ₽' },
  { label: 'basis points as a percentage', value: ru.percent(2_000), text: '20 %' },
  { label: 'a fractional percentage', value: ru.percent(1_250), text: '12,5 %' },
  { label: 'a calendar date, whatever the zone', value: ru.date('2026-05-01'), text: '01.05.2026' },
  { label: "a late-evening timestamp on Moscow's calendar", value: ru.timestamp('2026-04-30T22:30:00Z'), text: '01.05.2026' },
])('formats $label', ({ value, text }) => {
  // Intl separates with no-break spaces; compare the words, not the space flavour.
  expect(value.replace(/[\u00a0\u202f]/g, ' ')).toBe(text)
})

test("today is Moscow's date, not the machine's", () => {
  expect(todayInProgramZone(new Date('2026-04-30T21:30:00Z'))).toBe('2026-05-01')
})

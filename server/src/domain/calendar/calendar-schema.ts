import { z } from 'zod'
import { toDayNumber, weekdayOf } from './day-number'
import { isValidDate } from './is-valid-date'

const ZCalendarDate = z.string().refine(isValidDate, 'Invalid date')

const isWeekend = (date: string) => [0, 6].includes(weekdayOf(toDayNumber(date)))

/** One production-calendar file, `<country>-<year>.json`. */
export const ZCalendarFile = z
  .strictObject({
    country: z.string().regex(/^[a-z]{2}$/, 'Expected a two-letter lowercase country code'),
    year: z.int().min(1000).max(9999),
    /** The decree the days come from, by number and date, so a reader can check them; or that none is known yet. */
    source: z.string().trim().min(1),
    /**
     * True while the government's decree for the year is not in the file: the days are the
     * Labour Code's (art. 112) alone, and deadlines resting on them say so.
     */
    provisional: z.boolean().default(false),
    /** Every official non-working day of the year, weekends included when the decree lists them. */
    nonWorkingDays: z.array(ZCalendarDate),
    /** Saturdays and Sundays the decree turns into working days. */
    workingWeekendDays: z.array(ZCalendarDate),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>()
    for (const key of ['nonWorkingDays', 'workingWeekendDays'] as const) {
      file[key].forEach((date, index) => {
        const path = [key, index]
        if (!date.startsWith(`${file.year}-`)) ctx.addIssue({ code: 'custom', path, message: `Not in ${file.year}` })
        else if (seen.has(date)) ctx.addIssue({ code: 'custom', path, message: `${date} is listed twice` })
        else if (key === 'workingWeekendDays' && !isWeekend(date)) {
          ctx.addIssue({ code: 'custom', path, message: `${date} is not a Saturday or Sunday` })
        }
        seen.add(date)
      })
    }
  })
/** A calendar file as written: `provisional` may be left out. */
export type TCalendarFile = z.input<typeof ZCalendarFile>

export type YearCalendar = {
  source: string
  provisional: boolean
  nonWorkingDays: ReadonlySet<string>
  workingWeekendDays: ReadonlySet<string>
}

/** The production calendars of one country, by year. Years not present are estimated. */
export type Calendars = {
  country: string
  years: ReadonlyMap<number, YearCalendar>
}

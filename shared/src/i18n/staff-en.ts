import type { StaffMessages } from './staff-ru'

/** The staff marks' words in English; the keys are those of `staff-ru.ts`. */
export const staffEn: StaffMessages = {
  'territory.title': 'Sales territory',
  'territory.countries': 'Countries of residence',
  'territory.extraCountries': 'Countries by agreement',
  'territory.none': 'none',
  'territory.reasonNow': 'Basis: {reason}',
  'territory.codesHint': 'ISO 3166-1 codes separated by commas, e.g. RU, KZ',
  'territory.reason': 'Basis (clause of the agreement)',
  'territory.edit': 'Edit countries',
  'territory.save': 'Save countries',
  'territory.saved': "The partner's countries are saved",
  'territory.notEnforced': "The program's rules set no territory: the lists are kept but do not limit sales",
  'demo.hint': 'While the mark is set, the account is neither pinned nor invoiced ({rule})',
  'demo.set': 'Mark as a demo account',
  'demo.clear': 'Clear the demo mark',
  'demo.reason': 'Reason',
  'demo.marked': 'The account is marked as a demo account',
  'demo.cleared': 'The demo mark is cleared',
  'confirm.mark': 'The client confirmed it knows the partner',
  'confirm.note': 'Note on the confirmation',
  'confirm.shown': 'The client confirmed it knows the partner',
  'confirm.shownWithNote': 'The client confirmed it knows the partner: {note}',
  'violation.chooseRule': 'Choose a rule',
}

export { loadCalendars } from './load-calendars'
export { loadProgram } from './load-program'
export { readConfig, type RelayConfig } from './read-config'

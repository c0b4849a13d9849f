export { loadCalendars } from './load-calendars'
export { loadProgram } from './load-program'
export { DEMO_DATA_DIR, PRODUCTION_DATA_DIR, readConfig, type RelayConfig } from './read-config'

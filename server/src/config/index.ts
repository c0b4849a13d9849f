export { loadCalendars } from './load-calendars'
export { loadProgram } from './load-program'
export { DEMO_DATA_DIR, PRODUCTION_DATA_DIR, type RelayConfig, readConfig } from './read-config'

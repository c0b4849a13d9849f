/** A calendar date 'YYYY-MM-DD' that exists: `isValidDate('2026-02-30') === false`. */
export { isValidDate } from '../../../../shared/src/checks/is-valid-date'

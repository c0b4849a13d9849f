import type { CrmWritesMessages } from './crm-writes-ru'

/** The CRM writes part's words in English; the keys are those of `crm-writes-ru.ts`. */
export const crmWritesEn: CrmWritesMessages = {
  title: 'Tasks and notes in the CRM',
  'access.label': 'CRM access: {state}',
  'access.active': 'connected',
  'access.needs-reauthorisation': 'needs re-authorisation',
  'access.revoked': 'revoked',
  'access.none': 'not connected',
  'access.hint': 'To set tasks and write notes, the program server needs access to your CRM.',
  connect: 'Connect',
  reconnect: 'Authorise again',
  'write.transferTasks': 'A “Transfer …” task on the client card once the client paid, closed when the transfer arrives',
  'write.pinNotes': 'A note on the card about the decision on pinning the client',
  'write.violationNotes': 'A note on the client card about a violation on its invoice',
  'write.pinRequestTasks': 'A task for the responsible user on each new pin request',
  entityType: 'Card to write on',
  'entity.company': 'Company',
  'entity.contact': 'Contact',
  'entity.lead': 'Lead',
  'entity.deal': 'Deal',
  responsibleUserId: 'Responsible CRM user ID',
  responsibleUserIdHint: 'Optional; without it the task goes to the default user',
  writesSummary: 'Written: {done}, waiting: {pending}, not written: {ended}',
  save: 'Save choices',
  saved: 'Saved',
  readOnly: 'Only a CRM administrator can change this',
}

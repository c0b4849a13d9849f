import type { TProgramResponse } from '../../contract'
import { createStatusBoardStore, type StatusBoardState, type StatusBoardStore, type TStatusBoard } from '../../stores/create-status-board-store'
import { Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Empty } from '../kit/status'
import { useLoadedStore } from '../use-store'
import { ApplicationDecision } from './application-decision'
import { ChecklistView } from './checklist-view'
import { FlaggedList } from './flagged-list'
import { LoadGate } from './load-gate'
import { PendingChanges } from './pending-changes'
import { RegistrationBoard } from './registrations/registration-board'
import { PartnerAdmin } from './staff/partner-admin'
import { useStatusClient } from './use-status-client'
import { useStatusText } from './use-status-text'

/** What waits for vendor staff about statuses: applications to decide, renewals held back, scheduled changes. */
export const StatusBoardScreen = ({ program }: { program: TProgramResponse }) => {
  const client = useStatusClient()
  const [state, store] = useLoadedStore(() => createStatusBoardStore({ client }))
  return (
    <LoadGate phase={state.phase} isLoaded={state.board !== null} error={state.error} onRetry={() => void store.getState().load()}>
      {() => state.board && <BoardView board={state.board} program={program} state={state} store={store} />}
    </LoadGate>
  )
}

type ViewProps = { board: TStatusBoard; program: TProgramResponse; state: StatusBoardState; store: StatusBoardStore }

const BoardView = ({ board, program, state, store }: ViewProps) => {
  const { t, i18n, status } = useStatusText()
  const { decided } = state
  const actions = store.getState()
  return (
    <div class="pr-grid">
      <Section title={t('board.applications')} class="pr-span">
        {decided && (
          <Notice kind={decided.state === 'approved' ? 'success' : 'info'}>
            {decided.state === 'approved'
              ? t('board.approved', {
                  partner: decided.partnerName,
                  status: status(decided.status, decided.statusName),
                  date: decided.effectiveOn ? i18n.date(decided.effectiveOn) : '',
                })
              : t('board.refused', { partner: decided.partnerName })}
          </Notice>
        )}
        {board.pendingApplications.length === 0 ? (
          <Empty>{t('board.noApplications')}</Empty>
        ) : (
          <ul class="pr-list">
            {board.pendingApplications.map((application) => (
              <li key={application.id}>
                <strong>{application.partnerName}</strong>
                <div>
                  {t('application.for', { status: status(application.status, application.statusName) })}
                  <span class="pr-muted"> · {t('application.on', { date: i18n.date(application.appliedOn) })}</span>
                </div>
                {application.note && <div class="pr-quote-text">{application.note}</div>}
                <ChecklistView checklist={application.checklist} />
                <ApplicationDecision application={application} state={state} onApprove={actions.approve} onRefuse={actions.refuse} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('board.flagged')}>
        {board.flagged.length === 0 ? <Empty>{t('board.noFlagged')}</Empty> : <FlaggedList flagged={board.flagged} />}
      </Section>
      <Section title={t('board.changes')}>
        {board.pendingChanges.length === 0 ? <Empty>{t('board.noChanges')}</Empty> : <PendingChanges changes={board.pendingChanges} program={program} />}
      </Section>
      {program.statusRules?.dealProtectionDays != null && <RegistrationBoard program={program} />}
      <PartnerAdmin program={program} named={[...board.flagged, ...board.pendingApplications, ...board.pendingChanges]} onChanged={() => void actions.load()} />
    </div>
  )
}

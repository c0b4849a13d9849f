import { useEffect, useMemo, useState } from 'preact/hooks'
import { createCrmWritesClient } from '../../client/create-crm-writes-client'
import type { TRole } from '../../contract'
import { CRM_ENTITY_TYPES, type TCrmEntityType, type TCrmWriteSettings } from '../../contract/crm-writes'
import type { CrmWritesMessageKey, CrmWritesMessages } from '../../i18n/crm-writes-ru'
import { interpolate } from '../../i18n/error-message'
import { loadCrmWritesMessages } from '../../i18n/load-crm-writes-messages'
import { createCrmWritesStore } from '../../stores/create-crm-writes-store'
import { useI18n, useUi } from '../context'
import { Button } from '../kit/button'
import { Field, TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Loading } from '../kit/status'
import { useStore } from '../use-store'

type Flag = 'transferTasks' | 'pinNotes' | 'violationNotes' | 'pinRequestTasks'
const FLAGS: Record<TRole, Flag[]> = { partner: ['transferTasks', 'pinNotes', 'violationNotes'], vendor: ['pinRequestTasks'] }

/**
 * Whether the relay may act in this CRM, in words, with the button that grants it, and what it
 * writes there: tasks and notes, on which card (issue 12). Off until the installation turns them on.
 */
const CrmWritesPanel = ({ role }: { role: TRole }) => {
  const { host, client } = useUi()
  const i18n = useI18n()
  const [words, setWords] = useState<CrmWritesMessages | null>(null)
  const store = useMemo(() => createCrmWritesStore({ client: createCrmWritesClient(client.caller), host }), [client, host])
  const state = useStore(store)
  useEffect(() => {
    void loadCrmWritesMessages(i18n.locale).then(setWords)
    void store.getState().load()
  }, [store, i18n.locale])
  if (!words || (!state.loaded && !state.error)) return <Loading />
  const t = (key: CrmWritesMessageKey, vars: Record<string, string | number> = {}) => interpolate(words[key], vars)
  const actions = store.getState()
  const { loaded, draft } = state
  const canEdit = host.settings.canEdit
  if (!loaded || !draft) return <ErrorNotice error={state.error} onRetry={() => void actions.load()} />
  const access = loaded.crmAccess.state
  const set = (patch: Partial<TCrmWriteSettings>) => actions.change(patch)
  return (
    <Section title={t('title')} class="pr-crm-writes">
      <Notice kind={access === 'active' ? 'success' : 'info'}>
        <span data-crm-access={access}>{t('access.label', { state: t(`access.${access}`) })}</span>
      </Notice>
      {access !== 'active' && (
        <div class="pr-actions">
          <span class="pr-hint">{t('access.hint')}</span>
          <Button variant="primary" isBusy={state.isConnecting} disabled={!canEdit} onClick={() => void actions.connect()}>
            {access === 'none' ? t('connect') : t('reconnect')}
          </Button>
        </div>
      )}
      {!canEdit && <Notice kind="info">{t('readOnly')}</Notice>}
      <form
        class="pr-form"
        onSubmit={(event) => {
          event.preventDefault()
          void actions.save()
        }}
      >
        {FLAGS[role].map((flag) => (
          <label class="pr-check" key={flag}>
            <input type="checkbox" name={flag} checked={draft[flag]} disabled={!canEdit} onChange={(event) => set({ [flag]: event.currentTarget.checked })} />
            <span>{t(`write.${flag}`)}</span>
          </label>
        ))}
        <Field label={t('entityType')}>
          {(id) => (
            <select
              id={id}
              name="entityType"
              class="pr-select"
              value={draft.entityType}
              disabled={!canEdit}
              onChange={(event) => set({ entityType: event.currentTarget.value as TCrmEntityType })}
            >
              {CRM_ENTITY_TYPES[host.crm].map((type) => (
                <option key={type} value={type}>
                  {t(`entity.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {role === 'vendor' && (
          <TextField
            label={t('responsibleUserId')}
            hint={t('responsibleUserIdHint')}
            inputMode="numeric"
            value={draft.responsibleUserId ?? ''}
            disabled={!canEdit}
            onInput={(value) => set({ responsibleUserId: value.trim() ? value.trim() : null })}
          />
        )}
        <p class="pr-hint">
          {t('writesSummary', { done: loaded.writes.done, pending: loaded.writes.pending, ended: loaded.writes.skipped + loaded.writes.failed })}
        </p>
        <ErrorNotice error={state.error} />
        {canEdit && (
          <div class="pr-actions">
            <Button type="submit" variant="primary" isBusy={state.isSaving}>
              {t('save')}
            </Button>
            {state.isSaved && (
              <span class="pr-muted" role="status">
                {t('saved')}
              </span>
            )}
          </div>
        )}
      </form>
    </Section>
  )
}

export default CrmWritesPanel

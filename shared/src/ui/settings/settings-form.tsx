import { useEffect } from 'preact/hooks'
import type { SettingsStore } from '../../stores/create-settings-store'
import { useI18n, useUi } from '../context'
import { Button } from '../kit/button'
import { TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { Section } from '../kit/section'
import { Loading } from '../kit/status'
import { useStore } from '../use-store'
import { LazyCrmWrites } from './lazy-crm-writes'
import { linkedWords } from './linked-words'

/** The relay address, the card field with the account number, and linking this CRM account by code. */
export const SettingsForm = ({ store }: { store: SettingsStore }) => {
  const i18n = useI18n()
  const { host } = useUi()
  const state = useStore(store)
  const { canEdit, savedByCrm } = host.settings
  useEffect(() => {
    void store.getState().checkLink()
  }, [store])
  const actions = store.getState()
  return (
    <div class="pr-settings">
      <Section title={i18n.t('settings.title')}>
        {linkState()}
        {!canEdit && <Notice kind="info">{i18n.t('settings.readOnly')}</Notice>}
        <form
          class="pr-form"
          onSubmit={(event) => {
            event.preventDefault()
            if (!savedByCrm) void actions.save()
          }}
        >
          <TextField
            label={i18n.t('settings.relayUrl')}
            hint={i18n.t('settings.relayUrlHint')}
            type="url"
            value={state.values.relayUrl}
            onInput={(value) => actions.setValue('relayUrl', value)}
            disabled={!canEdit}
            required
          />
          <TextField
            label={i18n.t('settings.accountField')}
            hint={i18n.t(host.crm === 'amocrm' ? 'settings.accountFieldHint.amocrm' : 'settings.accountFieldHint.bitrix24')}
            value={state.values.accountField}
            onInput={(value) => actions.setValue('accountField', value)}
            disabled={!canEdit}
          />
          {savedByCrm ? (
            <p class="pr-hint">{i18n.t('settings.savedByCrm')}</p>
          ) : (
            canEdit && (
              <div class="pr-actions">
                <Button type="submit" variant="primary" isBusy={state.isSaving || state.isLinking}>
                  {i18n.t('common.save')}
                </Button>
                {state.isSaved && (
                  <span class="pr-muted" role="status">
                    {i18n.t('common.saved')}
                  </span>
                )}
              </div>
            )
          )}
        </form>
        <form
          class="pr-form pr-form--boxed"
          onSubmit={(event) => {
            event.preventDefault()
            void actions.linkInstallation()
          }}
        >
          <TextField
            label={i18n.t('settings.linkCode')}
            hint={i18n.t('settings.linkHint')}
            value={state.code}
            onInput={actions.setCode}
            autoComplete="off"
            disabled={!canEdit}
          />
          <ErrorNotice error={state.error} />
          <Button type="submit" variant="primary" isBusy={state.isLinking} disabled={!canEdit || !state.code.trim() || !state.values.relayUrl.trim()}>
            {state.isLinking ? i18n.t('settings.linking') : i18n.t('settings.link')}
          </Button>
        </form>
      </Section>
      {state.link === 'linked' && state.me && <LazyCrmWrites role={state.me.role} />}
    </div>
  )

  function linkState() {
    if (state.link === 'checking') return <Loading label={i18n.t('settings.checking')} />
    if (state.link === 'linked' && state.me) return <Notice kind="success">{linkedWords(i18n, state.me)}</Notice>
    return state.link === 'unlinked' ? <Notice kind="info">{i18n.t('settings.notLinked')}</Notice> : null
  }
}

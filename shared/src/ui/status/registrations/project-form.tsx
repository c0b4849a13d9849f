import { useState } from 'preact/hooks'
import type { RegistrationsState, RegistrationsStore } from '../../../stores/create-registrations-store'
import { Button } from '../../kit/button'
import { TextField } from '../../kit/field'
import { StatusError } from '../status-error'
import { useStatusText } from '../use-status-text'

/** The partner registers a project for deal protection (AG-4): the client's account and the project's name. */
export const ProjectForm = ({ state, store }: { state: RegistrationsState; store: RegistrationsStore }) => {
  const { t } = useStatusText()
  const [form, setForm] = useState({ accountNumber: '', projectName: '' })
  const update = (patch: Partial<typeof form>) => setForm({ ...form, ...patch })
  return (
    <form
      class="pr-form"
      aria-label={t('registrations.project.title')}
      onSubmit={async (event) => {
        event.preventDefault()
        const body = { accountNumber: form.accountNumber.trim(), projectName: form.projectName.trim() }
        if (await store.getState().registerProject(body)) setForm({ accountNumber: '', projectName: '' })
      }}
    >
      <h4 class="pr-subtitle">{t('registrations.project.title')}</h4>
      <div class="pr-form__pair">
        <TextField label={t('registrations.account')} value={form.accountNumber} onInput={(accountNumber) => update({ accountNumber })} required />
        <TextField label={t('registrations.project.name')} value={form.projectName} onInput={(projectName) => update({ projectName })} required />
      </div>
      {state.failedAction === 'project' && <StatusError error={state.actionError} />}
      <Button type="submit" variant="primary" isBusy={state.busy === 'project'} disabled={!form.accountNumber.trim() || !form.projectName.trim()}>
        {t('registrations.project.submit')}
      </Button>
    </form>
  )
}

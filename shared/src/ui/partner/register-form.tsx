import { useState } from 'preact/hooks'
import type { CardProps } from '../card/card-props'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { TextField } from '../kit/field'
import { ErrorNotice, Notice } from '../kit/notice'
import { PartnerStateNotice } from '../kit/partner-state-notice'

/** Registers the card's account as a client of this partner (AT-1.1), optionally requesting the pin too. */
export const RegisterForm = ({ state, store, canAct }: CardProps & { canAct: boolean }) => {
  const i18n = useI18n()
  // A repeat violation awaiting staff's decision takes no new clients: say so instead of the form (AT-4.1, AG-1.5).
  const isPending = state.me?.partner?.state === 'expulsion_pending'
  // Offered only where the relay would grant the request (an Agat RT partner before authorization would be refused, AG-4).
  const mayPin = state.me?.partner?.mayRequestPins ?? true
  const [form, setForm] = useState({ name: state.cardTitle ?? '', inn: '', email: '', phone: '', alsoPin: mayPin })
  const update = (patch: Partial<typeof form>) => setForm({ ...form, ...patch })
  // The refused field is marked and says what is wrong with it; what was typed stays for correcting (AT-1.1).
  const failed = state.failedAction === 'register' ? state.actionError : null
  const errorOf = (field: string) => i18n.fieldError(failed, field)
  return (
    <div class="pr-block">
      <Notice kind="info">
        <strong>{i18n.t('client.notRegistered')}.</strong> {i18n.t('client.notRegisteredHint')}
      </Notice>
      {isPending && <PartnerStateNotice state="expulsion_pending" rule={state.me?.program.statusRule} />}
      {canAct && !isPending && (
        <form
          class="pr-form"
          aria-label={i18n.t('client.registerTitle')}
          onSubmit={(event) => {
            event.preventDefault()
            void store.getState().register(form)
          }}
        >
          <TextField
            label={i18n.t('client.name')}
            error={errorOf('name')}
            value={form.name}
            onInput={(name) => update({ name })}
            required
            autoComplete="organization"
          />
          <TextField
            label={i18n.t('client.inn')}
            hint={i18n.t('common.optional')}
            error={errorOf('inn')}
            value={form.inn}
            inputMode="numeric"
            onInput={(inn) => update({ inn })}
          />
          <div class="pr-form__pair">
            <TextField label={i18n.t('client.email')} error={errorOf('email')} type="email" value={form.email} onInput={(email) => update({ email })} />
            <TextField label={i18n.t('client.phone')} error={errorOf('phone')} type="tel" value={form.phone} onInput={(phone) => update({ phone })} />
          </div>
          {mayPin && (
            <label class="pr-check">
              <input type="checkbox" checked={form.alsoPin} onChange={(event) => update({ alsoPin: event.currentTarget.checked })} />
              <span>{i18n.t('client.alsoPin')}</span>
            </label>
          )}
          {state.failedAction === 'register' && <ErrorNotice error={state.actionError} />}
          <Button type="submit" variant="primary" isBusy={state.busy === 'register'} disabled={!form.name.trim()}>
            {i18n.t('client.register')}
          </Button>
        </form>
      )}
    </div>
  )
}

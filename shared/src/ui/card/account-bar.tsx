import { useState } from 'preact/hooks'
import { useI18n } from '../context'
import { Button } from '../kit/button'
import { TextField } from '../kit/field'
import type { CardProps } from './card-props'

/**
 * The account number the card is about, where it came from, and a way to type another: the
 * program's format is said under the field, and a number not of it is refused there (AT-1.1).
 */
export const AccountBar = ({ state, store }: CardProps) => {
  const i18n = useI18n()
  const [isEditing, setEditing] = useState(!state.accountNumber)
  const [value, setValue] = useState(state.accountNumber ?? '')
  const digits = state.me?.program.accountNumberDigits
  const error = state.failedAction === 'account' ? i18n.fieldError(state.actionError, 'accountNumber') : null
  if (isEditing || !state.accountNumber) {
    return (
      <form
        class="pr-account-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!value.trim()) return
          void store
            .getState()
            .setAccountNumber(value)
            .then((isTaken) => isTaken && setEditing(false))
        }}
      >
        <TextField
          label={i18n.t('account.number')}
          hint={digits ? i18n.t('account.format', { digits }) : undefined}
          error={error}
          value={value}
          onInput={setValue}
          required
          autoComplete="off"
        />
        <div class="pr-actions">
          <Button type="submit" variant="primary" disabled={!value.trim()}>
            {i18n.t('account.show')}
          </Button>
          {state.accountNumber && (
            <Button variant="link" onClick={() => setEditing(false)}>
              {i18n.t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
    )
  }
  return (
    <div class="pr-account">
      <span class="pr-account__label">{i18n.t('account.number')}</span>
      <span class="pr-account__number">{state.accountNumber}</span>
      <span class="pr-muted pr-account__source">{state.accountSource === 'typed' ? i18n.t('account.typed') : i18n.t('account.fromCard')}</span>
      {state.cardSave && (
        <span class={state.cardSave === 'saved' ? 'pr-muted' : 'pr-field__error'} role="status">
          {i18n.t(state.cardSave === 'saved' ? 'account.saved' : 'account.notSaved')}
        </span>
      )}
      <Button variant="link" onClick={() => setEditing(true)} label={`${i18n.t('common.change')}: ${i18n.t('account.number')}`}>
        {i18n.t('common.change')}
      </Button>
    </div>
  )
}

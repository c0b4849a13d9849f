import type { ComponentChildren } from 'preact'
import type { TRegistration } from '../../../contract/registrations'
import type { RegistrationsState } from '../../../stores/create-registrations-store'
import { Empty } from '../../kit/status'
import { StatusError } from '../status-error'
import { useStatusText } from '../use-status-text'
import { RegistrationItem } from './registration-item'

type Props = {
  registrations: TRegistration[]
  state: RegistrationsState
  today: string
  showPartner?: boolean
  /** The actions on one registration the viewer may take. */
  actions: (registration: TRegistration) => ComponentChildren
}

/** Registrations with their actions; a failed action shows its reason under the registration it was about. */
export const RegistrationList = ({ registrations, state, today, showPartner, actions }: Props) => {
  const { t } = useStatusText()
  if (registrations.length === 0) return <Empty>{t('registrations.none')}</Empty>
  return (
    <ul class="pr-list">
      {registrations.map((registration) => (
        <RegistrationItem key={registration.id} registration={registration} today={today} showPartner={showPartner}>
          {actions(registration)}
          {state.failedAction?.endsWith(`:${registration.id}`) && <StatusError error={state.actionError} />}
        </RegistrationItem>
      ))}
    </ul>
  )
}

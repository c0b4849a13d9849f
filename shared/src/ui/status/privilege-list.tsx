import './status-styles'
import type { TPrivilege } from '../../contract/statuses'
import { useStatusText } from './use-status-text'

/** What the partner's status grants (AG-PRIV): granted rows, and those granted on request. */
export const PrivilegeList = ({ privileges }: { privileges: TPrivilege[] }) => {
  const { t, label } = useStatusText()
  return (
    <ul class="pr-checklist">
      {privileges
        .filter((privilege) => privilege.value !== false)
        .map((privilege) => (
          <li key={privilege.id} class="pr-checklist__item pr-checklist__item--met">
            <span class="pr-mark" aria-hidden="true">
              ✓
            </span>
            <div class="pr-checklist__body">
              <div>
                {label('privilege', privilege.id)}
                {privilege.value === 'on-request' && <span class="pr-muted"> · {t('privilege.onRequest')}</span>}
              </div>
            </div>
          </li>
        ))}
    </ul>
  )
}

import type { ComponentChildren } from 'preact'
import { useI18n } from '../context'

export type Tone = 'ok' | 'warn' | 'bad' | 'muted' | 'info'

export const Badge = ({ tone, children }: { tone: Tone; children: ComponentChildren }) => <span class={`pr-badge pr-badge--${tone}`}>{children}</span>

export const Loading = ({ label }: { label?: string }) => {
  const i18n = useI18n()
  return (
    <div class="pr-loading" role="status" aria-live="polite">
      <span class="pr-spinner" aria-hidden="true" />
      {label ?? i18n.t('common.loading')}
    </div>
  )
}

export const Empty = ({ children }: { children: ComponentChildren }) => <p class="pr-empty">{children}</p>

/** Label–value pairs; stacks in a narrow column. */
export const Facts = ({ rows }: { rows: [string, ComponentChildren][] }) => (
  <dl class="pr-facts">
    {rows.map(([term, value]) => (
      <div class="pr-facts__row" key={term}>
        <dt>{term}</dt>
        <dd>{value}</dd>
      </div>
    ))}
  </dl>
)

import type { ComponentChildren } from 'preact'
import { useId, useRef } from 'preact/hooks'

export type TabItem<T extends string> = { id: T; label: string }

type TabsProps<T extends string> = {
  /** Names the tab list for screen readers. */
  label: string
  tabs: TabItem<T>[]
  selected: T
  onSelect: (id: T) => void
  /** The selected tab's panel. */
  children: ComponentChildren
}

/** Tabs after the ARIA pattern: one tab stop, arrows move between tabs, Home and End jump to the ends. */
export const Tabs = <T extends string>({ label, tabs, selected, onSelect, children }: TabsProps<T>) => {
  const prefix = useId()
  const refs = useRef<Partial<Record<T, HTMLButtonElement | null>>>({})
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((tab) => refs.current[tab.id] === event.target)
    const to = at < 0 ? undefined : { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key]
    if (to === undefined) return
    event.preventDefault()
    const next = tabs[(to + tabs.length) % tabs.length].id
    onSelect(next)
    refs.current[next]?.focus()
  }
  return (
    <>
      <div class="pr-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              refs.current[tab.id] = element
            }}
            type="button"
            role="tab"
            id={`${prefix}-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${prefix}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            class="pr-tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${prefix}-panel`} aria-labelledby={`${prefix}-${selected}`} class="pr-tabpanel">
        {children}
      </div>
    </>
  )
}

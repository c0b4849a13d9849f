import { useEffect, useRef, useState } from 'preact/hooks'
import type { OverviewStore } from '../stores/create-overview-store'
import type { SettingsStore } from '../stores/create-settings-store'
import { useI18n } from './context'
import { OverviewPage } from './overview/overview-page'
import { SettingsForm } from './settings/settings-form'
import { useStore } from './use-store'

type Tab = 'overview' | 'settings'
const TABS: Tab[] = ['overview', 'settings']
/**
 * Failures that settings can fix (no relay address, no link yet): open them instead of an overview
 * that cannot load. An identity the relay could not verify is not one of them.
 */
const NEEDS_SETTINGS = new Set(['forbidden', 'not_configured'])

/** A full page with the overview and the settings as two tabs (Bitrix24's default placement). */
export const AppPage = ({ overview, settings }: { overview: OverviewStore; settings: SettingsStore }) => {
  const i18n = useI18n()
  const [chosen, setTab] = useState<Tab | null>(null)
  const overviewState = useStore(overview)
  const link = useStore(settings).link
  const needsSettings = overviewState.phase === 'failed' && NEEDS_SETTINGS.has(overviewState.error?.code ?? '')
  const tab = chosen ?? (needsSettings ? 'settings' : 'overview')
  // Linking from the settings tab makes the overview loadable: fetch it again.
  useEffect(() => {
    if (link === 'linked' && overview.getState().phase === 'failed') void overview.getState().load()
  }, [link, overview])
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ overview: null, settings: null })
  const move = (from: Tab, step: number) => {
    const next = TABS[(TABS.indexOf(from) + step + TABS.length) % TABS.length]
    setTab(next)
    refs.current[next]?.focus()
  }
  return (
    <>
      <div
        class="pr-tabs"
        role="tablist"
        onKeyDown={(event) => {
          const from = TABS.find((name) => refs.current[name] === event.target) ?? tab
          if (event.key === 'ArrowRight') move(from, 1)
          if (event.key === 'ArrowLeft') move(from, -1)
        }}
      >
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              refs.current[name] = element
            }}
            type="button"
            role="tab"
            id={`pr-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`pr-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            class="pr-tab"
            onClick={() => setTab(name)}
          >
            {i18n.t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`pr-panel-${tab}`} aria-labelledby={`pr-tab-${tab}`} class="pr-tabpanel">
        {tab === 'overview' ? <OverviewPage store={overview} /> : <SettingsForm store={settings} />}
      </div>
    </>
  )
}

import type { VNode } from 'preact'
import { useState } from 'preact/hooks'
import type { TMeResponse, TProgramResponse } from '../../contract'
import { useI18n } from '../context'
import { type TabItem, Tabs } from '../kit/tabs'
import { LazyStatusScreen } from './lazy-status-screen'

type Section = 'summary' | 'status' | 'statuses' | 'reviews'

type Props = { me: TMeResponse; program: TProgramResponse; summary: VNode }

/**
 * The overview of a program with live statuses (AG-3): the summary, then the partner's own status,
 * or for vendor staff the status board and the half-year results.
 */
export const OverviewSections = ({ me, program, summary }: Props) => {
  const i18n = useI18n()
  const [section, setSection] = useState<Section>('summary')
  const ids: Section[] = me.partner ? ['summary', 'status'] : ['summary', 'statuses', 'reviews']
  const tabs: TabItem<Section>[] = ids.map((id) => ({ id, label: i18n.t(`overview.tab.${id}`) }))
  return (
    <Tabs label={i18n.t('overview.sections')} tabs={tabs} selected={section} onSelect={setSection}>
      {section === 'summary' ? summary : <LazyStatusScreen screen={section} partnerId={me.partner?.id ?? ''} program={program} />}
    </Tabs>
  )
}

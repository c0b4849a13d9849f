import type { ComponentType } from 'preact'
import { useState } from 'preact/hooks'
import { LazyPart } from './lazy-part'

type Props<P> = { summary: string; load: () => Promise<ComponentType<P>>; props: P }

/** A fold whose content is a chunk of its own, fetched the first time it is opened: the page stays as light as it was. */
export const LazyDetails = <P extends object>({ summary, load, props }: Props<P>) => {
  const [isOpen, setOpen] = useState(false)
  return (
    <details class="pr-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="pr-details__summary">{summary}</summary>
      {isOpen && <LazyPart load={load} props={props} />}
    </details>
  )
}

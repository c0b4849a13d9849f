import { type ComponentChildren, createContext } from 'preact'
import { useContext } from 'preact/hooks'

/** What a name in a list opens inside the widget: a client by account number, or a partner. */
export type Detail = { kind: 'client'; accountNumber: string; name: string | null } | { kind: 'partner'; partnerId: string; name: string }

/**
 * Given by a page that can show a client or a partner in place (the overview). Without it, as on a
 * client card, names stay plain text, so the card never offers a link that leads nowhere.
 */
export const OpenDetail = createContext<((detail: Detail) => void) | null>(null)

/** A name that opens its client or partner where the page can show it; plain text elsewhere. */
export const DetailLink = ({ detail, children }: { detail: Detail; children: ComponentChildren }) => {
  const open = useContext(OpenDetail)
  if (!open) return <>{children}</>
  return (
    <button type="button" class="pr-name-link" onClick={() => open(detail)}>
      {children}
    </button>
  )
}

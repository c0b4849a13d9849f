import { useEffect, useRef } from 'preact/hooks'
import { useI18n, useUi } from '../context'
import { Button } from '../kit/button'
import type { DetailProps } from './lazy-detail'
import { PartnerPanel } from './partner-panel'

/**
 * What a name opens: the client card the CRM's card page shows, loaded by account number through
 * the same `clientCard` route, or the partner panel from the overview's own list of partners.
 */
export const DetailScreen = ({ detail, partner, program, onBack }: DetailProps) => {
  const i18n = useI18n()
  const back = useRef<HTMLDivElement>(null)
  // Keyboard users land on the way back, not at the top of a page they did not ask for.
  useEffect(() => back.current?.querySelector('button')?.focus(), [])
  return (
    <div class="pr-block">
      <div class="pr-actions" ref={back}>
        <Button variant="link" onClick={onBack}>
          {i18n.t('detail.back')}
        </Button>
      </div>
      {detail.kind === 'client' ? (
        <ClientDetail accountNumber={detail.accountNumber} name={detail.name} />
      ) : (
        partner && <PartnerPanel partner={partner} program={program} />
      )}
    </div>
  )
}

const ClientDetail = ({ accountNumber, name }: { accountNumber: string; name: string | null }) => {
  const { host } = useUi()
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let unmount: (() => void) | undefined
    let isOpen = true
    // The overview has no CRM card to read: the card is the one the list named.
    void host.loadCard?.().then((mountCard) => {
      if (isOpen && box.current) unmount = mountCard(box.current, { ...host, readCard: async () => ({ accountNumber, title: name }) })
    })
    return () => {
      isOpen = false
      unmount?.()
    }
  }, [host, accountNumber, name])
  return <div ref={box} />
}

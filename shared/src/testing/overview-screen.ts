import { cleanup } from '@testing-library/preact'
import { afterEach, beforeAll } from 'vitest'
import type { CrmHost } from '../host/crm-host'
import { mountOverview } from '../mount'
import { buildHost } from './fake-host'
import { preloadLazyParts } from './preload-lazy-parts'
import { useRelayServer } from './relay-server'

/**
 * The overview page as a CRM mounts it, for a test file: the relay's stand-in (msw), the lazy parts
 * loaded first, and the page unmounted and the document emptied after each test. `show` mounts it for
 * a host (a Russian one on the CRM's settings page unless told otherwise).
 */
export const useOverviewScreen = () => {
  const server = useRelayServer()
  let unmount: (() => void) | undefined
  beforeAll(preloadLazyParts)
  afterEach(() => {
    unmount?.()
    unmount = undefined
    cleanup()
  })
  const show = ({ locale = 'ru', host }: { locale?: 'ru' | 'en'; host?: CrmHost } = {}) => {
    const element = document.createElement('div')
    document.body.append(element)
    unmount = mountOverview(element, host ?? buildHost({ entity: null, locale }))
    return element
  }
  return { server, show }
}

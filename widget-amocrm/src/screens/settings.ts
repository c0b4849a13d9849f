import { mountSettings } from '../../../shared/src/mount/mount-settings'
import { createAmoHost } from '../amocrm-host'
import type { ScreenModule } from './screen-module'

// A code the relay refused after amoCRM had already closed the window: the next settings show it again.
let refusedCode = ''

/** settings.js: our settings form inside amoCRM's settings modal, and what its Save waits for. */
export const mount: ScreenModule['mount'] = (element, widget, modal) => {
  const settings = mountSettings(element, createAmoHost({ widget, modal }), { code: refusedCode })
  refusedCode = ''
  return {
    unmount: settings.unmount,
    confirmSave: () => {
      const answer = settings.confirmCrmSave()
      if (answer === true) return true
      return answer.then((isLinked) => {
        if (!isLinked && !element.isConnected) refusedCode = settings.code()
        return isLinked
      })
    },
  }
}

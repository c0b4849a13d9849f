import $ from 'jquery'
import type { JQueryCollection } from 'jquery'
import type { Unmount } from '../../shared/src/mount/mount-screen'
import '../../shared/src/ui/styles.css'
import type { AmoWidget } from './amocrm-types'
import { loadScreen } from './load-screen'
import { loadStyles } from './load-styles'
import type { ScreenName } from './screens/screen-module'

const CARD_AREAS = new Set(['lcard', 'ccard', 'comcard'])
const WIDGET_CODE = 'partner_relay'

/**
 * The amoCRM widget. A plain constructor, not a class: amoCRM puts its system methods on the
 * prototype before calling it, and calls each callback detached, so everything goes through `self`.
 *
 * This file stays small and imports nothing the screens share: each screen (card, overview,
 * settings) is its own file that `loadScreen` fetches when amoCRM first shows it.
 */
function PartnerRelayWidget(this: AmoWidget) {
  // amoCRM calls the callbacks detached from the widget: they reach it through `self`.
  var self = this
  const mounted = new Map<string, Unmount>()

  const unmount = (name: ScreenName) => {
    mounted.get(name)?.()
    mounted.delete(name)
  }

  /** Shows a screen in `element` once its file is loaded, unless amoCRM moved on meanwhile. */
  const mount = (name: ScreenName, element: HTMLElement | null | undefined, modal?: JQueryCollection) => {
    unmount(name)
    if (!element) return
    let isCurrent = true
    mounted.set(name, () => {
      isCurrent = false
    })
    loadScreen(self.get_settings(), name).then(
      (screen) => {
        if (isCurrent) mounted.set(name, screen.mount(element, self, modal))
      },
      () => {
        if (isCurrent) showLoadFailure(element, () => mount(name, element, modal))
      },
    )
  }

  /** No screen to word it yet: amoCRM's i18n file carries the UI's words. */
  const showLoadFailure = (element: HTMLElement, retry: () => void) => {
    const words = self.langs?.ui
    const notice = document.createElement('p')
    notice.className = 'pr-load-failure'
    notice.textContent = `${words?.['error.network'] ?? 'No connection'} `
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = words?.['common.retry'] ?? 'Retry'
    button.addEventListener('click', retry)
    notice.appendChild(button)
    element.replaceChildren(notice)
  }
  const code = () => self.get_settings().widget_code || WIDGET_CODE

  this.callbacks = {
    render: function () {
      loadStyles(self.get_settings())
      if (!CARD_AREAS.has(self.system().area ?? '')) return true
      const id = `pr-mount-${code()}`
      self.render_template({ caption: { class_name: 'pr-caption' }, body: `<div class="pr-mount" id="${id}"></div>`, render: '' })
      mount('card', document.getElementById(id))
      return true
    },
    init: function () {
      return true
    },
    bind_actions: function () {
      return true
    },
    settings: function ($modalBody: JQueryCollection) {
      loadStyles(self.get_settings())
      const modal = $modalBody?.length ? $modalBody : $(document.body)
      // Our form edits these fields and mirrors them into amoCRM's own inputs, which stay for its Save.
      for (const name of ['relay_url', 'link_code', 'account_field']) {
        modal.find(`[name="${name}"]`).closest('.widget_settings_block__item_field').hide()
      }
      const element = document.createElement('div')
      element.className = 'pr-settings-mount'
      const block = modal.find('.widget_settings_block').first()
      ;(block.length ? block : modal).append(element)
      mount('settings', element, modal)
      return true
    },
    onSave: function () {
      return true
    },
    destroy: function () {
      mounted.forEach((unmount) => unmount())
      mounted.clear()
      return true
    },
    advancedSettings: function () {
      loadStyles(self.get_settings())
      const area = document.getElementById(`work-area-${code()}`)
      if (!area) return true
      const element = document.createElement('div')
      element.className = 'pr-overview-mount'
      area.appendChild(element)
      mount('overview', element)
      return true
    },
    contacts: {
      selected: function () {
        return true
      },
    },
    leads: {
      selected: function () {
        return true
      },
    },
  }
  return this
}

export default PartnerRelayWidget

import type { JQueryCollection } from 'jquery'
import $ from 'jquery'
import '../../shared/src/ui/styles.css'
import type { AmoWidget } from './amocrm-types'
import { loadScreen } from './load-screen'
import { loadStyles } from './load-styles'
import type { MountedScreen, ScreenName } from './screens/screen-module'

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
  const mounted = new Map<ScreenName, MountedScreen>()

  const unmount = (name: ScreenName) => {
    mounted.get(name)?.unmount()
    mounted.delete(name)
  }

  /** Shows a screen in `element` once its file is loaded, unless amoCRM moved on meanwhile. */
  const mount = (name: ScreenName, element: HTMLElement | null | undefined, modal?: JQueryCollection) => {
    unmount(name)
    if (!element) return
    let isCurrent = true
    mounted.set(name, {
      unmount: () => {
        isCurrent = false
      },
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
      // The link code has no input of amoCRM's: a one-time code never lands in the saved settings.
      for (const name of ['relay_url', 'account_field']) {
        modal.find(`[name="${name}"]`).closest('.widget_settings_block__item_field').hide()
      }
      const element = document.createElement('div')
      element.className = 'pr-settings-mount'
      const block = modal.find('.widget_settings_block').first()
      ;(block.length ? block : modal).append(element)
      mount('settings', element, modal)
      return true
    },
    /**
     * amoCRM's «Установить/Сохранить» (and «Отключить», with `active: 'N'`). With a link code typed
     * in our form, the code is linked first: the answer is a promise of true (linked: amoCRM saves and
     * may close the window) or false (refused: the window stays, with the reason and the code).
     * Without a code the answer is a plain `true`, as the contract asks.
     */
    onSave: function (save?: { active?: string }) {
      if (save?.active === 'N') return true
      return mounted.get('settings')?.confirmSave?.() ?? true
    },
    destroy: function () {
      mounted.forEach((screen) => screen.unmount())
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

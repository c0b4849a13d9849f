import $ from 'jquery'
import type { JQueryCollection } from 'jquery'
import { mountCard, mountOverview, mountSettings, type Unmount } from '../../shared/src/mount'
import '../../shared/src/ui/styles.css'
import { createAmoHost } from './amocrm-host'
import { amoApp, type AmoWidget } from './amocrm-types'
import { loadStyles } from './load-styles'

const CARD_AREAS = new Set(['lcard', 'ccard', 'comcard'])
const WIDGET_CODE = 'partner_relay'

/**
 * The amoCRM widget. A plain constructor, not a class: amoCRM puts its system methods on the
 * prototype before calling it, and calls each callback detached, so everything goes through `self`.
 */
function PartnerRelayWidget(this: AmoWidget) {
  // amoCRM calls the callbacks detached from the widget: they reach it through `self`.
  var self = this
  const mounted = new Map<string, Unmount>()

  const mount = (name: string, element: HTMLElement | null | undefined, start: (element: HTMLElement) => Unmount) => {
    mounted.get(name)?.()
    mounted.delete(name)
    if (element) mounted.set(name, start(element))
  }
  const code = () => self.get_settings().widget_code || WIDGET_CODE

  this.callbacks = {
    render: function () {
      loadStyles(self.get_settings())
      const area = self.system().area ?? ''
      const app = amoApp()
      if (!CARD_AREAS.has(area) && !app?.isCard?.()) return true
      const id = `pr-mount-${code()}`
      self.render_template({ caption: { class_name: 'pr-caption' }, body: `<div class="pr-mount" id="${id}"></div>`, render: '' })
      mount('card', document.getElementById(id), (element) => mountCard(element, createAmoHost({ widget: self })))
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
      const modal = $modalBody && $modalBody.length ? $modalBody : $(document.body)
      // Our form edits these fields and mirrors them into amoCRM's own inputs, which stay for its Save.
      for (const name of ['relay_url', 'link_code', 'account_field']) {
        modal.find(`[name="${name}"]`).closest('.widget_settings_block__item_field').hide()
      }
      const element = document.createElement('div')
      element.className = 'pr-settings-mount'
      const block = modal.find('.widget_settings_block').first()
      ;(block.length ? block : modal).append(element)
      mount('settings', element, (target) => mountSettings(target, createAmoHost({ widget: self, modal })))
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
      mount('overview', element, (target) => mountOverview(target, createAmoHost({ widget: self })))
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

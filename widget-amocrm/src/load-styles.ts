import type { AmoSettings } from './amocrm-types'

/** amoCRM does not always attach the widget's style.css: link it once, versioned against stale caches. */
export const loadStyles = (settings: AmoSettings) => {
  const id = `pr-styles-${settings.widget_code ?? 'partner_relay'}`
  if (!settings.path || document.getElementById(id)) return
  const link = document.createElement('link')
  link.id = id
  link.rel = 'stylesheet'
  link.href = `${settings.path}/style.css?v=${encodeURIComponent(settings.version ?? '1')}`
  document.head.appendChild(link)
}

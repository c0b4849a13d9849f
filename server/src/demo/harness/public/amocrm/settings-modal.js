import { esc, toast } from '../dom.js'

const INPUT_TYPES = { text: 'text', pass: 'password', custom: 'hidden' }
const i18nOf = (config, key) => key.split('.').reduce((node, part) => node?.[part], config.widget.i18n)

const fieldMarkup = (config, key, field, value) => {
  const type = INPUT_TYPES[field.type]
  if (!type) return ''
  const input = `<input class="widget_settings_block__input text-input" type="${type}" name="${esc(key)}" value="${esc(value)}" id="amo-setting-${esc(key)}">`
  if (type === 'hidden') return input
  return `<div class="widget_settings_block__item_field">
    <label class="widget_settings_block__title_field" for="amo-setting-${esc(key)}">${esc(i18nOf(config, field.name) ?? key)}${field.required ? ' *' : ''}</label>
    <div class="widget_settings_block__input_field">${input}</div></div>`
}

/**
 * amoCRM's settings modal: the manifest's fields as amoCRM's own inputs, the widget's `settings`
 * callback given the modal body, and Save / Disable that ask `onSave` before storing anything.
 */
export const openSettingsModal = ({ config, $, call, onChange }) => {
  const fields = Object.entries(config.widget.manifest.settings ?? {})
  const values = config.installation?.settings ?? {}
  const isInstalled = Boolean(config.installation?.active)
  const overlay = document.createElement('div')
  overlay.className = 'amo-modal-overlay'
  overlay.innerHTML = `
    <div class="modal amo-modal" role="dialog" aria-modal="true" aria-labelledby="amo-modal-title">
      <button class="amo-modal__close" type="button" aria-label="Закрыть">×</button>
      <div class="modal-body">
        <div class="widget_settings_block">
          <div class="widget_settings_block__head">
            <img src="${esc(config.widget.path)}/images/logo_medium.png" alt="" width="240" height="84">
            <h2 id="amo-modal-title">${esc(i18nOf(config, 'widget.name'))}</h2>
            <p class="widget_settings_block__descr">${esc(i18nOf(config, 'widget.description') ?? '')}</p>
          </div>
          <div class="widget_settings_block__fields">${fields.map(([key, field]) => fieldMarkup(config, key, field, values[key] ?? '')).join('')}</div>
          <p class="widget_settings_block__error" role="alert" hidden></p>
          <div class="widget_settings_block__controls">
            <button type="button" class="button-input button-input_blue js-widget-save">${isInstalled ? 'Сохранить' : 'Установить'}</button>
            ${isInstalled ? '<button type="button" class="button-input js-widget-disable">Отключить</button>' : ''}
          </div>
        </div>
      </div>
    </div>`
  document.body.append(overlay)
  const error = overlay.querySelector('.widget_settings_block__error')
  const fail = (message) => {
    error.textContent = message
    error.hidden = false
  }
  const readFields = () => Object.fromEntries(fields.map(([key]) => [key, overlay.querySelector(`[name="${CSS.escape(key)}"]`)?.value ?? '']))
  const store = async (active) => {
    error.hidden = true
    const values = readFields()
    const missing = fields.filter(([key, field]) => field.required && !String(values[key]).trim())
    if (active === 'Y' && missing.length > 0) return fail(`Заполните обязательные поля: ${missing.map(([key, f]) => i18nOf(config, f.name) ?? key).join(', ')}`)
    const agreed = await Promise.resolve(call('onSave', { active, fields: values }))
    if (!agreed) return fail('Виджет не разрешил сохранить настройки')
    const response = await fetch(`${config.base}/api/widget`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ account: config.account.id, user: config.user.id, active, settings: values }),
    })
    if (!response.ok) return fail('Сохранить не удалось')
    config.installation = { active: active === 'Y', settings: values }
    toast(active === 'Y' ? 'Настройки виджета сохранены' : 'Виджет отключён', 'success')
    overlay.querySelector('.js-widget-save').textContent = 'Сохранить'
    if (active === 'N') call('destroy')
    onChange()
    if (active === 'N') overlay.remove()
  }
  overlay.querySelector('.js-widget-save').addEventListener('click', () => void store('Y'))
  overlay.querySelector('.js-widget-disable')?.addEventListener('click', () => void store('N'))
  overlay.querySelector('.amo-modal__close').addEventListener('click', () => overlay.remove())
  call('settings', $(overlay.querySelector('.modal-body')))
  return overlay
}

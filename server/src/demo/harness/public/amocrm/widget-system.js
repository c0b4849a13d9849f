import { esc } from '../dom.js'

// amoCRM reuses a disposable token for about 25 of its 30 minutes.
const TOKEN_REUSE_MS = 25 * 60 * 1000

const expiryOf = (jwt) => {
  const payload = JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')))
  return payload.exp * 1000
}

const lookup = (tree, key) => key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), tree)

/**
 * Puts amoCRM's system methods on the widget's prototype, before its constructor runs, the way
 * amoCRM does: settings, system facts, i18n, the card column template and `$authorizedAjax`.
 */
export const installSystemMethods = (Widget, { config, $, host, log }) => {
  const { widget, account, user } = config
  let token = null
  const freshToken = () => {
    if (token && Date.now() - token.issuedAt < TOKEN_REUSE_MS && token.expiresAt > Date.now()) {
      return $.Deferred().resolve(token.value).promise()
    }
    log.tokensIssued += 1
    return $.ajax({
      url: `${config.base}/api/disposable-token`,
      method: 'POST',
      contentType: 'application/json',
      data: JSON.stringify({ account: account.id, user: user.id }),
      dataType: 'json',
    }).then((answer) => {
      token = { value: answer.token, issuedAt: Date.now(), expiresAt: expiryOf(answer.token) }
      return answer.token
    })
  }
  const settings = () => ({
    ...host.settings(),
    path: widget.path,
    version: widget.version,
    widget_code: widget.code,
    oauth_client_uuid: widget.clientUuid,
    active: config.installation?.active ? 'Y' : 'N',
  })
  const proto = Widget.prototype
  proto.langs = widget.i18n
  Object.defineProperty(proto, 'params', { configurable: true, get: settings })
  proto.get_settings = () => settings()
  proto.set_settings = (values) => {
    host.stageSettings(values)
  }
  proto.get_version = () => widget.version
  proto.get_install_status = () => {
    if (!config.installation) return 'install'
    return config.installation.active ? 'installed' : 'not_configured'
  }
  proto.system = () => ({
    area: host.area(),
    amouser_id: String(user.id),
    amouser: `user${user.id}@${account.subdomain}.example`,
    subdomain: account.subdomain,
    domain: 'amocrm.ru',
    server: 'ru',
  })
  proto.i18n = (key) => lookup(widget.i18n, key)
  proto.render_template = (options = {}) => {
    const column = document.querySelector('.card-widgets')
    if (!column) return
    const block = column.querySelector(`[data-widget-code="${widget.code}"]`) ?? column.appendChild(document.createElement('div'))
    block.className = `card-widgets__widget card-widgets__widget-${widget.code}`
    block.dataset.widgetCode = widget.code
    const caption = options.caption ?? {}
    block.innerHTML = `<div class="card-widgets__widget__caption ${esc(caption.class_name)}">
      <span class="card-widgets__widget__caption__logo" style="background-image:url('${esc(widget.path)}/images/logo_min.png')"></span>
      <span class="card-widgets__widget__caption__name">${esc(lookup(widget.i18n, 'widget.name'))}</span>${caption.html ?? ''}</div>
      <div class="card-widgets__widget__body">${options.body ?? ''}</div>`
  }
  proto.$authorizedAjax = (ajax = {}) => freshToken().then((value) => $.ajax({ ...ajax, headers: { ...ajax.headers, 'X-Auth-Token': value } }))
  proto.crm_post = (url, data, callback, type, error) => $.ajax({ url, method: 'POST', data, dataType: type || 'json', success: callback, error })
}

import { createCommands, isDefaultOnly, NO_ANSWER, PROTOCOL } from './frame-commands.js'

/** `command:params:callbackId:SID`, where the params part may be empty (and then left out). */
const parseMessage = (data) => {
  const parts = data.split(':')
  if (parts.length < 3) return null
  const paramsText = parts.slice(1, -2).join(':')
  let params = {}
  if (paramsText) {
    try {
      params = JSON.parse(paramsText)
    } catch {
      params = paramsText
    }
  }
  return { command: parts[0], params, callbackId: parts.at(-2), sid: parts.at(-1) }
}

const hiddenInput = (name, value) => Object.assign(document.createElement('input'), { type: 'hidden', name, value })

/**
 * Opens app frames the way a portal does (a named iframe, a form POST of the auth into it) and
 * answers their commands. Messages from any other window or origin are dropped.
 */
export const createAppFrames = ({ config, frameState, post, log }) => {
  const frames = new Map()

  const open = (container, { handler, placement, options, install }) => {
    const sid = crypto.randomUUID().replace(/-/g, '')
    const iframe = document.createElement('iframe')
    iframe.name = `${location.host}|${PROTOCOL}|${sid}`
    iframe.className = 'b24-app-frame'
    iframe.title = config.app.title
    container.replaceChildren(iframe)
    const url = new URL(handler, location.href)
    for (const [key, value] of Object.entries({ DOMAIN: location.host, PROTOCOL: String(PROTOCOL), LANG: config.lang, APP_SID: sid }))
      url.searchParams.set(key, value)
    const frame = { sid, iframe, container, origin: url.origin, handler, placement, options, install }
    frames.set(sid, frame)
    const form = Object.assign(document.createElement('form'), { method: 'post', action: url.href, target: iframe.name })
    form.hidden = true
    const fields = {
      AUTH_ID: frameState.tokens.AUTH_ID,
      AUTH_EXPIRES: String(frameState.tokens.AUTH_EXPIRES),
      REFRESH_ID: frameState.tokens.REFRESH_ID,
      SERVER_ENDPOINT: 'https://oauth.bitrix.info/rest/',
      member_id: config.portal.memberId,
      status: 'L',
      PLACEMENT: placement,
      PLACEMENT_OPTIONS: JSON.stringify(options ?? {}),
    }
    for (const [name, value] of Object.entries(fields)) form.append(hiddenInput(name, value))
    document.body.append(form)
    form.submit()
    form.remove()
    return frame
  }

  const reopen = (frame) => {
    frames.delete(frame.sid)
    open(frame.container, frame)
  }
  const commands = createCommands({ config, frameState, post, reopen, log })

  window.addEventListener('message', async (event) => {
    const frame = [...frames.values()].find((f) => f.iframe.contentWindow === event.source)
    if (!frame || event.origin !== frame.origin || typeof event.data !== 'string') return
    const message = parseMessage(event.data)
    if (!message || message.sid !== frame.sid) return
    const { command, params, callbackId } = message
    log.commands.push({ command, params, placement: frame.placement })
    const handler = commands[command]
    const isRefused = !handler || (isDefaultOnly(command) && frame.placement !== 'DEFAULT')
    if (isRefused) return void log.refused.push({ command, placement: frame.placement })
    const result = await handler(frame, params)
    if (result === NO_ANSWER) return
    frame.iframe.contentWindow?.postMessage(`${callbackId}:${JSON.stringify(result ?? {})}`, frame.origin)
  })

  return { open }
}

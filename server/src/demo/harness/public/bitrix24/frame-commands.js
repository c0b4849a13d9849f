// The parent side of B24Frame's postMessage protocol: one handler per command the app may send.

/** 1 when the portal is served over https: the SDK builds the portal's origin (and REST URL) from it. */
export const PROTOCOL = location.protocol === 'https:' ? 1 : 0

/** Returned by a handler that must not answer (the SDK then waits, or gives up after 900 ms). */
export const NO_ANSWER = Symbol('no answer')

// Real portals refuse these outside the app's own page (the DEFAULT placement).
const DEFAULT_ONLY = new Set(['setTitle', 'setScroll', 'reloadWindow'])

const emptyAsList = (value) => (value && Object.keys(value).length > 0 ? value : [])

export const createCommands = ({ config, frameState, post, reopen, log }) => ({
  getInitData: (frame) => ({
    LANG: config.lang,
    DOMAIN: location.host,
    PROTOCOL,
    PATH: '/marketplace/app/17/',
    AUTH_ID: frameState.tokens.AUTH_ID,
    AUTH_EXPIRES: frameState.tokens.AUTH_EXPIRES,
    REFRESH_ID: frameState.tokens.REFRESH_ID,
    MEMBER_ID: config.portal.memberId,
    FIRST_RUN: frame.install,
    IS_ADMIN: config.user.isAdmin,
    INSTALL: frame.install,
    USER_OPTIONS: emptyAsList(frameState.userOptions),
    APP_OPTIONS: emptyAsList(frameState.appOptions),
    PLACEMENT: frame.placement,
    PLACEMENT_OPTIONS: emptyAsList(frame.options),
  }),
  refreshAuth: async () => {
    frameState.tokens = await post('refresh-auth', { refreshId: frameState.tokens.REFRESH_ID })
    log.refreshes += 1
    return { ...frameState.tokens }
  },
  resizeWindow: (frame, params) => {
    const height = Number(params.height)
    if (height > 0) frame.iframe.style.height = `${Math.ceil(height)}px`
    return { width: params.width, height: params.height }
  },
  setInstall: (_frame, params) => params,
  setInstallFinish: async (frame) => {
    if (!frame.install) return NO_ANSWER
    await post('install-finish', {})
    // The portal reloads the app, now installed; the SDK's promise never resolves.
    location.reload()
    return NO_ANSWER
  },
  setTitle: (_frame, params) => {
    document.querySelector('.b24-title').textContent = params.title
    return params
  },
  setScroll: (_frame, params) => {
    window.scrollTo(0, Number(params.scroll) || 0)
    return params
  },
  reloadWindow: (frame) => {
    reopen(frame)
    return NO_ANSWER
  },
  setUserOption: async (_frame, params) => {
    await post('user-option', { name: params.name, value: params.value })
    frameState.userOptions = { ...frameState.userOptions, [params.name]: params.value }
    return params
  },
  setAppOption: async (_frame, params) => {
    if (!config.user.isAdmin) return NO_ANSWER
    await post('app-option', { name: params.name, value: params.value })
    frameState.appOptions = { ...frameState.appOptions, [params.name]: params.value }
    return params
  },
})

export const isDefaultOnly = (command) => DEFAULT_ONLY.has(command)

import express from 'express'
import { bitrix24Shell } from './bitrix24-page'
import type { FakePortal } from './fake-portal'

/** Where the app lives: the handlers Bitrix24 knows from the app's registration. */
export type Bitrix24App = { title: string; mainUrl: string; installUrl: string }

type Options = { portal: FakePortal; app: Bitrix24App; assets: string; homeUrl?: string }

const PAGES = ['/', '/crm/company/list', '/crm/company/details/:id', '/marketplace/app/:appId']

/** The fake portal's pages and the parent-frame services they call (tokens, install state, options). */
export const createBitrix24Router = ({ portal, app, assets, homeUrl }: Options) => {
  const router = express.Router()
  router.get(PAGES, (req, res) => {
    const memberId = typeof req.query.member === 'string' ? req.query.member : portal.memberIds()[0]
    if (!portal.memberIds().includes(memberId)) return void res.status(404).send('No such portal in this harness')
    const state = portal.portal(memberId)
    const user = state.users.find((u) => String(u.id) === req.query.user) ?? state.users[0]
    const lang = req.query.lang === 'en' ? 'en' : 'ru'
    const config = {
      base: req.baseUrl,
      assets,
      homeUrl,
      portal: { memberId, title: state.title },
      user,
      lang,
      clients: portal.clients,
      installed: state.installed,
      placements: state.placements,
      app,
      tokens: portal.issueTokens(memberId, user.id),
      appOptions: state.appOptions,
      userOptions: portal.userOptions(memberId, user.id),
    }
    res.type('html').send(bitrix24Shell({ lang, assets, config }))
  })

  router.use('/api', express.json())
  router.post('/api/refresh-auth', (req, res) => {
    const tokens = portal.refresh(String(req.body?.refreshId ?? ''))
    if (!tokens) return void res.status(401).json({ error: 'invalid_grant' })
    res.json(tokens)
  })
  const asUser = (req: express.Request) => portal.user(String(req.body?.member), Number(req.body?.user))
  router.post('/api/install-finish', (req, res) => {
    if (!asUser(req).isAdmin) return void res.status(403).json({ error: 'ACCESS_DENIED' })
    portal.portal(String(req.body.member)).installed = true
    res.json({ ok: true })
  })
  router.post('/api/app-option', (req, res) => {
    if (!asUser(req).isAdmin) return void res.status(403).json({ error: 'ACCESS_DENIED' })
    const state = portal.portal(String(req.body.member))
    state.appOptions = { ...state.appOptions, [String(req.body.name)]: req.body.value }
    res.json({ ok: true })
  })
  router.post('/api/user-option', (req, res) => {
    const user = asUser(req)
    portal.setUserOption(String(req.body.member), user.id, String(req.body.name), req.body.value)
    res.json({ ok: true })
  })
  return router
}

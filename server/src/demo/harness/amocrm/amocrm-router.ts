import express from 'express'
import { type AmocrmIntegration, signDisposableToken } from '../../sign-disposable-token'
import type { HarnessClient } from '../harness-clients'
import type { AmoAccounts, AmoWidgetState } from './amocrm-accounts'
import { amocrmShell } from './amocrm-page'
import { readWidgetArchive, type WidgetArchive } from './widget-archive'

export const WIDGET_CODE = 'partner_relay'

type Options = {
  accounts: AmoAccounts
  clients: HarnessClient[]
  integration: AmocrmIntegration
  /** The built `widget.zip`, read again on every page load so a rebuild shows at once. */
  widgetZip: () => Promise<Uint8Array>
  assets: string
  /** A link back to the demo's start page, shown in the header. */
  homeUrl?: string
}

/** `{{origin}}` in a saved setting stands for the page's own origin: the demo's relay is wherever it is opened. */
const withOrigin = (state: AmoWidgetState | null, origin: string): AmoWidgetState | null =>
  state && { ...state, settings: Object.fromEntries(Object.entries(state.settings).map(([key, value]) => [key, value.replaceAll('{{origin}}', origin)])) }

const numberParam = (value: unknown, fallback: number) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : fallback)

/** The fake amoCRM: pages, the uploaded widget's files, the disposable-token issuer and widget settings. */
export const createAmocrmRouter = ({ accounts, clients, integration, widgetZip, assets, homeUrl }: Options) => {
  const router = express.Router()
  let archive: WidgetArchive | null = null
  const loadArchive = async () => {
    archive = readWidgetArchive(await widgetZip())
    return archive
  }

  router.get(['/', '/companies', '/companies/detail/:id', '/settings/widgets', `/settings/widgets/${WIDGET_CODE}`], async (req, res) => {
    const account = accounts.find(numberParam(req.query.account, accounts.list()[0].id))
    if (!account) return void res.status(404).send('No such amoCRM account in this harness')
    const user = account.users.find((u) => u.id === numberParam(req.query.user, account.users[0].id)) ?? account.users[0]
    const lang = req.query.lang === 'en' ? 'en' : 'ru'
    const widget = await loadArchive().then(
      (loaded) => ({
        code: WIDGET_CODE,
        path: `${req.baseUrl}/widgets/${WIDGET_CODE}`,
        version: loaded.manifest.widget.version,
        manifest: loaded.manifest,
        i18n: loaded.i18n[lang] ?? loaded.i18n.ru,
        clientUuid: integration.clientId,
      }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    )
    const config = {
      base: req.baseUrl,
      assets,
      homeUrl,
      account,
      user,
      lang,
      clients,
      widget,
      installation: withOrigin(accounts.widget(account.id), `${req.protocol}://${req.get('host')}`),
    }
    res.cookie('amo_account', String(account.id), { path: '/', sameSite: 'lax' })
    // The card API answers as this user, with this user's rights, as amoCRM's session would.
    res.cookie('amo_user', String(user.id), { path: '/', sameSite: 'lax' })
    res.type('html').send(amocrmShell({ lang, assets, config }))
  })

  router.get(`/widgets/${WIDGET_CODE}/*file`, async (req, res) => {
    const name = (req.params as { file: string[] }).file.join('/')
    const file = (archive ?? (await loadArchive())).files.get(name)
    if (!file) return void res.status(404).send('Not in widget.zip')
    res.type(name.split('.').pop() ?? 'bin').send(Buffer.from(file))
  })

  router.use('/api', express.json())
  router.post('/api/disposable-token', async (req, res) => {
    const account = accounts.find(Number(req.body?.account))
    const user = account?.users.find((u) => u.id === Number(req.body?.user))
    if (!account || !user) return void res.status(401).json({ error: 'Not signed in to this account' })
    const token = await signDisposableToken(integration, { accountId: account.id, userId: user.id, subdomain: account.subdomain, isAdmin: user.isAdmin })
    res.json({ token })
  })
  router.post('/api/widget', (req, res) => {
    const account = accounts.find(Number(req.body?.account))
    const user = account?.users.find((u) => u.id === Number(req.body?.user))
    // Only an account's administrators install widgets and change their settings.
    if (!account || !user?.isAdmin) return void res.status(403).json({ error: 'Only an administrator may change widget settings' })
    accounts.saveWidget(account.id, { active: req.body.active === 'Y', settings: { ...req.body.settings } })
    res.json({ ok: true })
  })
  return router
}

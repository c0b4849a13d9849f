import express, { type Request } from 'express'
import { ZAmocrmCallbackQuery, ZAmocrmDisabledQuery, ZBitrix24EventBody } from '../../../shared/src/contract'
import type { HttpDeps } from './http-deps'
import { parseInput } from './parse-input'
import { refuseControlCharacters, refuseControlCharactersInBody } from './refuse-control-characters'
import { apiHeaders } from './security-headers'
import { sendJson } from './send-json'

export const AMOCRM_CALLBACK_PATH = '/v1/oauth/amocrm/callback'
export const AMOCRM_DISABLED_PATH = '/v1/oauth/amocrm/disabled'
export const BITRIX24_EVENTS_PATH = '/v1/oauth/bitrix24/events'

// The CRMs post forms; the fields the relay reads are short, so a small limit.
const formBody = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 100 })

/** A query or form field given twice arrives as an array: the schemas then refuse it as not a string. */
const fields = (req: Request, from: 'query' | 'body') => ({ ...(from === 'query' ? req.query : (req.body ?? {})) }) as Record<string, unknown>

/**
 * The routes the CRMs call by themselves (issue 12), outside the route table because no CRM user's
 * identity comes with them: each is authenticated by what it carries (a signed state, a signature,
 * the OAuth server's word), which the use case checks before it changes anything.
 */
export const mountCrmHooks = (app: express.Express, deps: Pick<HttpDeps, 'crmHooks' | 'now'>) => {
  const hooks = deps.crmHooks
  if (!hooks) return
  const now = () => deps.now?.() ?? new Date()
  app.get(AMOCRM_CALLBACK_PATH, apiHeaders, refuseControlCharacters, async (req, res) => {
    sendJson(res, 200, await hooks.amocrmCallback(parseInput(ZAmocrmCallbackQuery, fields(req, 'query'), 'query'), now()))
  })
  app.all(AMOCRM_DISABLED_PATH, apiHeaders, refuseControlCharacters, formBody, refuseControlCharactersInBody, async (req, res) => {
    const input = req.method === 'POST' ? fields(req, 'body') : fields(req, 'query')
    sendJson(res, 200, await hooks.amocrmDisabled(parseInput(ZAmocrmDisabledQuery, input, req.method === 'POST' ? 'body' : 'query'), now()))
  })
  app.post(BITRIX24_EVENTS_PATH, apiHeaders, refuseControlCharacters, formBody, refuseControlCharactersInBody, async (req, res) => {
    sendJson(res, 200, await hooks.bitrix24Event(parseInput(ZBitrix24EventBody, fields(req, 'body'), 'body'), now()))
  })
}

import { existsSync } from 'node:fs'
import type express from 'express'
import { WIDGET_DIST, type WidgetDist } from './widget-dist'

const NOT_BUILT = 'The widgets are not built: run `npm run build`, then reload.'
const METHODS = new Set(['GET', 'HEAD', 'POST'])

type SendError = Error & { status?: number; statusCode?: number }

/** Sends one built file, or a plain 404 that says what to do about it. */
const sendBuilt = (res: express.Response, next: express.NextFunction, file: string, root: string) => {
  if (!existsSync(root)) return void res.status(404).type('text/plain').send(NOT_BUILT)
  // Always revalidated: a vendor who redeploys must not leave CRMs on an old build.
  res.sendFile(file, { root, dotfiles: 'deny', headers: { 'Cache-Control': 'no-cache' } }, (error?: SendError) => {
    if (!error || res.headersSent) return
    // send answers a path that climbs out of the build with 403: to the caller it is simply not there.
    const status = error.status ?? error.statusCode ?? 500
    if (status >= 500) return next(error)
    res.status(404).type('text/plain').send(`No widget file ${file}. ${NOT_BUILT}`)
  })
}

/**
 * Serves the built widgets: the amoCRM archive a vendor uploads to amoCRM, and the Bitrix24 app
 * pages. Bitrix24 opens app pages with a form POST inside its own frame, so these routes answer
 * GET and POST alike, and nothing here forbids framing.
 */
export const mountWidgetRoutes = (app: express.Express, dist: WidgetDist = WIDGET_DIST) => {
  app.all('/widgets/amocrm/widget.zip', (req, res, next) => {
    if (!METHODS.has(req.method)) return next()
    res.attachment('widget.zip')
    sendBuilt(res, next, 'widget.zip', dist.amocrmDir)
  })
  app.all('/widgets/bitrix24/*file', (req, res, next) => {
    if (!METHODS.has(req.method)) return next()
    sendBuilt(res, next, (req.params as { file: string[] }).file.join('/'), dist.bitrix24Dir)
  })
}

import { existsSync } from 'node:fs'
import path from 'node:path'
import { WIDGET_DIST } from '../../../server/src/web/widget-dist'

/** The browser tests drive the built widgets: without a build they would only test a 404. */
export default () => {
  const missing = [path.join(WIDGET_DIST.amocrmDir, 'widget.zip'), path.join(WIDGET_DIST.bitrix24Dir, 'card.html')].filter((file) => !existsSync(file))
  if (missing.length > 0) throw new Error(`The widgets are not built (${missing.join(', ')} missing): run \`npm run build\` first`)
}

import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Where `npm run build` leaves the widgets: `widget.zip` in the first, the app pages in the second. */
export type WidgetDist = { amocrmDir: string; bitrix24Dir: string }

export const WIDGET_DIST: WidgetDist = {
  amocrmDir: path.join(ROOT, 'widget-amocrm', 'dist'),
  bitrix24Dir: path.join(ROOT, 'widget-bitrix24', 'dist'),
}

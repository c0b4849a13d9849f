import { existsSync } from 'node:fs'
import path from 'node:path'

/**
 * Until the demo and a real relay got a directory each (`./data/demo`, `./data/production`), both
 * kept their PGlite database in `./data` itself. A start on the defaults beside such a database
 * would open a new, empty one and leave the old data behind without a word: it stops instead and
 * says how to keep using it or move it.
 */
export const checkLegacyDataDir = (env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): void => {
  if (env.DATA_DIR || env.DATABASE_URL) return
  if (!existsSync(path.join(cwd, 'data', 'PG_VERSION'))) return
  throw new Error(`./data holds a database from before the demo and a real relay got a directory each.
  To keep using it as it is: set DATA_DIR=./data
  If it is only the demo: rm -r data   (the demo seeds a new one in ./data/demo)
  If it holds real data, move it to the production default and clear the demo from it:
    mv data data.moving && mkdir data && mv data.moving data/production
    DEMO=0 npm run admin -- demo:clear`)
}

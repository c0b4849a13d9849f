import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Frame, Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8')
// Wrapped so that amoCRM's requirejs does not take axe as an AMD module instead of a global.
const INSTALL_AXE = `(() => { ${AXE_SOURCE}\n;window.axe = axe })()`

/** WCAG 2.1 A and AA, the level the widgets promise. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

export type AxeFinding = { rule: string; impact: string; targets: string[] }

type AxeResult = { violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }

/**
 * Runs axe-core over the widget's own markup (every `.pr-root` in the page or frame, not the CRM
 * around it) once it has loaded, and returns its serious and critical WCAG 2.1 A/AA findings.
 */
export const axeFindings = async (target: Page | Frame): Promise<AxeFinding[]> => {
  await target.locator('.pr-root').first().waitFor()
  // Judge what the user reads once it settles: not a spinner, nor totals dimmed while a new quote is on its way.
  await target.waitForFunction(() => !document.querySelector('.pr-root :is(.pr-loading, [aria-busy="true"], .pr-totals--stale)'))
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(INSTALL_AXE)
  const result = (await target.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe.run(
        { include: [['.pr-root']] },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      ),
    TAGS,
  )) as AxeResult
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ rule: violation.id, impact: violation.impact ?? '', targets: violation.nodes.map((node) => node.target.join(' ')) }))
}

/** The Bitrix24 app's frame on a portal page, as a Frame that can run scripts. */
export const appFrameOf = async (page: Page): Promise<Frame> => {
  const frame = await (await page.locator('iframe.b24-app-frame').elementHandle())?.contentFrame()
  if (!frame) throw new Error('No Bitrix24 app frame on the page')
  return frame
}

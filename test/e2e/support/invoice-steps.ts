import type { FrameLocator, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { pdfText, screenshot } from './artifacts'
import { PARTNERS } from './e2e-world'

/** Where the widget is drawn: amoCRM's card column, or the Bitrix24 app's frame. */
type WidgetRoot = Locator | FrameLocator

/** Downloads invoice `number` from the card and checks the PDF is that «Счёт на оплату» for partner Альфа. */
export const expectInvoicePdf = async (page: Page, root: WidgetRoot, number: string) => {
  const [download] = await Promise.all([page.waitForEvent('download'), root.getByRole('button', { name: `Скачать PDF счёта № ${number}` }).click()])
  const text = pdfText(await download.path())
  // Without poppler's pdftotext, only the file type is checked.
  if (text !== null) {
    expect(text).toContain(`Счёт на оплату № ${number}`)
    expect(text).toContain(PARTNERS.alpha.name)
  }
}

/** Records the client's payment on the card and waits for the transfer deadline to show (AT-1.6). */
export const recordPaymentAndSeeDeadline = async (page: Page, root: WidgetRoot, screenshotName: string) => {
  await root.getByRole('button', { name: 'Отметить оплату' }).click()
  await root.getByText(/Перевести вендору до \d{2}\.\d{2}\.\d{4}/).waitFor()
  await screenshot(page, screenshotName, { forDocs: true })
}

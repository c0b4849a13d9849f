import { writeFile } from 'node:fs/promises'
import { buildInvoiceDocument } from './build-invoice-document'
import { renderInvoicePdf } from './render-invoice-pdf'

// Renders the sample invoice shown in the README: `tsx server/src/documents/render-sample.ts out.pdf`
const [target = 'invoice-sample.pdf'] = process.argv.slice(2)
await writeFile(target, await renderInvoicePdf(buildInvoiceDocument()))
console.log(`wrote ${target}`)

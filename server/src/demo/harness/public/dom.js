// Small DOM helpers shared by the host pages (plain browser modules, no build step).

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for insertion into markup. */
export const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c])

/** Reads the JSON the server put into the page. */
export const readConfig = (id) => JSON.parse(document.getElementById(id).textContent)

/** A short message in the corner, the way CRMs show their notifications. */
export const toast = (text, kind = 'info') => {
  let area = document.querySelector('.harness-toasts')
  if (!area) {
    area = document.createElement('div')
    area.className = 'harness-toasts'
    document.body.append(area)
  }
  const item = document.createElement('div')
  item.className = `harness-toast harness-toast--${kind}`
  item.setAttribute('role', kind === 'error' ? 'alert' : 'status')
  item.textContent = text
  area.append(item)
  setTimeout(() => item.remove(), 6000)
}

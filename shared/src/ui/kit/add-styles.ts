/**
 * Adds a lazy chunk's own stylesheet rules to the page, once: the shared style.css carries only
 * what a page's first screen uses, and a part that is fetched later brings the rest with it.
 */
export const addStyles = (id: string, css: string) => {
  if (typeof document === 'undefined' || document.getElementById(id)) return
  const style = document.createElement('style')
  style.id = id
  style.textContent = css
  document.head.appendChild(style)
}

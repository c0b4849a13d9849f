// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { addStyles } from './add-styles'

describe('addStyles: a lazy chunk brings its own rules', () => {
  afterEach(() => {
    document.head.innerHTML = ''
  })

  it('adds the rules once, however often the chunk asks', () => {
    addStyles('pr-styles-test', '.pr-root .pr-test { color: red; }')
    addStyles('pr-styles-test', '.pr-root .pr-test { color: red; }')
    const added = document.head.querySelectorAll('style#pr-styles-test')
    expect(added).toHaveLength(1)
    expect(added[0].textContent).toBe('.pr-root .pr-test { color: red; }')
  })

  it('keeps two chunks’ rules apart', () => {
    addStyles('pr-styles-a', '.pr-root .pr-a { color: red; }')
    addStyles('pr-styles-b', '.pr-root .pr-b { color: blue; }')
    expect([...document.head.querySelectorAll('style')].map((style) => style.id)).toEqual(['pr-styles-a', 'pr-styles-b'])
  })
})

/** The slice of jQuery the widget uses; amoCRM provides jQuery itself at run time. */
declare module 'jquery' {
  type JQueryCollection = {
    length: number
    find(selector: string): JQueryCollection
    closest(selector: string): JQueryCollection
    first(): JQueryCollection
    val(): string | undefined
    val(value: string): JQueryCollection
    trigger(event: string): JQueryCollection
    hide(): JQueryCollection
    append(content: Element | string): JQueryCollection
    get(index: number): HTMLElement | undefined
  }
  type JQueryStatic = ((selector: string | Element) => JQueryCollection) & { fn: { jquery: string }; ajax: (options: object) => unknown }
  const $: JQueryStatic
  export default $
  export type { JQueryCollection }
}

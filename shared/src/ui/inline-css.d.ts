/** A stylesheet imported as text (`?inline`), for a lazy chunk to add itself (see kit/add-styles.ts). */
declare module '*.css?inline' {
  const css: string
  export default css
}

/**
 * The screens a CRM adapter can mount. Each lives in its own module so a page that shows one screen
 * bundles only that screen; this file gathers them for adapters that show all of them.
 */
export { mountApp } from './mount/mount-app'
export { mountCard } from './mount/mount-card'
export { mountOverview } from './mount/mount-overview'
export type { Unmount } from './mount/mount-screen'
export { mountSettings } from './mount/mount-settings'

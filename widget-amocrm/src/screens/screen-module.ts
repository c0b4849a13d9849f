import type { JQueryCollection } from 'jquery'
import type { Unmount } from '../../../shared/src/mount/mount-screen'
import type { AmoWidget } from '../amocrm-types'

/** The screens script.js loads on demand, each the entry of its own file in the widget folder. */
export type ScreenName = 'card' | 'overview' | 'settings'

/** A screen on the page: how to take it off, and for the settings, what amoCRM's Save must wait for. */
export type MountedScreen = {
  unmount: Unmount
  /** `true` when amoCRM may save at once, else whether it may once the promise settles. */
  confirmSave?: () => true | Promise<boolean>
}

/** What each screen file's AMD module exports. */
export type ScreenModule = {
  mount: (element: HTMLElement, widget: AmoWidget, modal?: JQueryCollection) => MountedScreen
}

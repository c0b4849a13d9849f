import type { JQueryCollection } from 'jquery'
import type { Unmount } from '../../../shared/src/mount/mount-screen'
import type { AmoWidget } from '../amocrm-types'

/** The screens script.js loads on demand, each the entry of its own file in the widget folder. */
export type ScreenName = 'card' | 'overview' | 'settings'

/** What each screen file's AMD module exports. */
export type ScreenModule = {
  mount: (element: HTMLElement, widget: AmoWidget, modal?: JQueryCollection) => Unmount
}

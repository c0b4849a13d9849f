import { initializeB24Frame } from '@bitrix24/b24jssdk'
import type { B24FrameLike } from './b24-frame'

/** Starts the SDK; outside a Bitrix24 frame says so on the page instead of failing silently. */
export const startFrame = async (root: HTMLElement): Promise<B24FrameLike | null> => {
  try {
    return (await initializeB24Frame()) as unknown as B24FrameLike
  } catch (error) {
    const isRussian = (navigator.language || 'ru').toLowerCase().startsWith('ru')
    root.textContent = isRussian
      ? 'Эта страница открывается внутри Битрикс24: установите приложение на портале.'
      : 'This page opens inside Bitrix24: install the app on your portal.'
    console.error(error)
    return null
  }
}

/** The relay serves these pages, so by default the relay is where they came from. */
export const servingRelay = () => window.location.origin

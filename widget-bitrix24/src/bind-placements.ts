import { type B24FrameLike, callRest } from './b24-frame'
import { CARD_PLACEMENTS } from './placements'

const TITLES = { ru: 'Партнёрская программа', en: 'Partner program' }

/**
 * Binds the card tabs of companies, contacts, deals and leads to the card page. Binding a tab that is
 * already bound is refused by the portal; that is the state we want, so it counts as done.
 */
export const bindPlacements = async (b24: B24FrameLike, handler: string): Promise<void> => {
  for (const placement of Object.keys(CARD_PLACEMENTS)) {
    try {
      await callRest(b24, 'placement.bind', {
        PLACEMENT: placement,
        HANDLER: handler,
        TITLE: TITLES.ru,
        LANG_ALL: { ru: { TITLE: TITLES.ru }, en: { TITLE: TITLES.en } },
      })
    } catch (error) {
      if (!/already|binded|bound/i.test(String(error))) throw error
    }
  }
}

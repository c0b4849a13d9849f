import { useEffect, useState } from 'preact/hooks'
import type { StoreApi } from 'zustand/vanilla'

/** Subscribes a component to a vanilla zustand store (no React compat layer needed). */
export const useStore = <S>(store: StoreApi<S>): S => {
  const [state, setState] = useState(() => store.getState())
  useEffect(() => {
    setState(() => store.getState())
    return store.subscribe((next) => setState(() => next))
  }, [store])
  return state
}

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

/**
 * A store made once for the mounted screen and loaded when it mounts (`load` names the action,
 * 'load' unless the store loads otherwise): its state, and the store for its actions.
 */
export const useLoadedStore = <S extends Record<K, () => Promise<unknown>>, K extends keyof S = 'load' & keyof S>(
  create: () => StoreApi<S>,
  load: K = 'load' as K,
) => {
  const [store] = useState(create)
  const state = useStore(store)
  useEffect(() => {
    void store.getState()[load]()
  }, [store])
  return [state, store] as const
}

import { useMemo } from 'preact/hooks'
import { createStatusClient } from '../../client/create-status-client'
import { useUi } from '../context'

/** The status routes over the mounted screen's own relay client and transport. */
export const useStatusClient = () => {
  const { client } = useUi()
  return useMemo(() => createStatusClient(client.caller), [client])
}

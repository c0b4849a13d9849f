import { mountCard } from '../../../shared/src/mount/mount-card'
import '../../../shared/src/ui/styles.css'
import { createB24Host } from '../bitrix24-host'
import { servingRelay, startFrame } from '../start-frame'

/** The handler of the company, contact, deal and lead card tabs. */
const root = document.getElementById('app') as HTMLElement
const b24 = await startFrame(root)
if (b24) mountCard(root, createB24Host({ b24, defaultRelayUrl: servingRelay() }))

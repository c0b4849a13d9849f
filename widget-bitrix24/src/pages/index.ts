import { mountApp } from '../../../shared/src/mount/mount-app'
import '../../../shared/src/ui/styles.css'
import { createB24Host } from '../bitrix24-host'
import { servingRelay, startFrame } from '../start-frame'

/** The app's default page: overview and settings. */
const root = document.getElementById('app') as HTMLElement
const b24 = await startFrame(root)
if (b24) mountApp(root, createB24Host({ b24, defaultRelayUrl: servingRelay() }))

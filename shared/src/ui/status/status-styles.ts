import { addStyles } from '../kit/add-styles'
import css from './status.css?inline'

/** The status screens' rules, added when the first of them loads (imported by the components that use them). */
addStyles('pr-styles-status', css)

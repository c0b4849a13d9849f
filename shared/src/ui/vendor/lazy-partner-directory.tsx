import { useI18n } from '../context'
import { LazyDetails } from '../kit/lazy-details'

const loadPartnerDirectory = () => import('./partner-directory-admin').then((module) => module.PartnerDirectoryAdmin)

/** The partner directory (issue 10): a chunk of its own, with its own words, fetched when staff open it. */
export const LazyPartnerDirectory = () => {
  const i18n = useI18n()
  return <LazyDetails summary={i18n.t('vendor.directory.open')} load={loadPartnerDirectory} props={{}} />
}

/**
 * Loads the screens' lazy parts (the card's partner and vendor parts with the staff's words, the vendor's overview and its reports and bank statement) before
 * a test mounts them, so a first download slowed by a busy machine is not mistaken for a missing text.
 */
export const preloadLazyParts = () =>
  Promise.all([
    import('../ui/partner/partner-card'),
    import('../ui/partner/register-form'),
    import('../ui/vendor/vendor-card'),
    import('../i18n/staff-ru'),
    import('../i18n/staff-en'),
    import('../ui/overview/vendor-overview'),
    import('../ui/vendor/report-downloads'),
    import('../ui/vendor/bank-reconciliation'),
  ])

/**
 * INN check digits (AT-1.1): 10 digits for organisations, 12 for individuals; and the KPP format.
 * The rules live in the shared contract so the widgets validate exactly as the relay does.
 */
export { isValidInn, isValidKpp } from '../../../../shared/src/contract/inn'

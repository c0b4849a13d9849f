/**
 * INN check digits (AT-1.1): 10 digits for organisations, 12 for individuals; and the KPP format.
 * The checks live in `shared/src/checks`, which the contract's schemas use too, so the widgets
 * validate exactly as the relay does.
 */
export { isValidInn, isValidKpp } from '../../../../shared/src/checks/inn'

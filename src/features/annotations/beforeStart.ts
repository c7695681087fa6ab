/**
 * What the boot script may take from this feature before the app loads: the stored choice and
 * what reads it, with no React and no components. The feature's index would bring its components,
 * and their styles, along.
 */
export { hideSwitchedOffKinds } from './preferences/hiddenKindsBeforeStart'

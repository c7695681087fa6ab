/**
 * What the boot script may take from this feature before the app loads: no React, no components,
 * a few hundred bytes. The feature's index would bring its components, and their styles, along.
 */
export { hideSwitchedOffKinds } from './preferences/hiddenKindsBeforeStart'

import { kindsHiddenBeforeStart } from '../preferences/hiddenKindsBeforeStart'

/** What makes a marked phrase a button, as AnnotationPhrase's props. */
export const PHRASE_BUTTON_PROPS = {
  role: 'button',
  tabIndex: 0,
  'aria-haspopup': 'dialog',
} as const

/**
 * The same, as attributes, with its card closed. Each prop is named as its attribute, but for case,
 * which setAttribute lowers in an HTML page (tabIndex becomes tabindex): a prop React renames, such
 * as className, would not belong here.
 */
const PHRASE_BUTTON_ATTRIBUTES = Object.entries({ ...PHRASE_BUTTON_PROPS, 'aria-expanded': false })

/**
 * The prerender writes each marked phrase as a plain span, and the switches inert: without the
 * script, each phrase would be a tab stop, and a "button" to a screen reader, that does nothing,
 * and each switch would tick and untick and change nothing. Called on the prerendered page just
 * before hydration, this gives them what the client render gives them, so that React adopts them as
 * they are. A DOM change rather than a render after hydration: that render would cost the page a
 * task of its own (16–20 ms in Chromium's trace) while it loads. Called once more when the boot
 * script's hiding is released, for a kind it hid that shows by then.
 */
export function activatePrerenderedControls(root: Element | Document): void {
  const doc = root instanceof Document ? root : root.ownerDocument
  // A kind the reader switched off stays text, as it looks (see hiddenKindsBeforeStart.ts): as a
  // button it would be a tab stop, and a button to a screen reader, until the stored choice renders.
  const skipped = kindsHiddenBeforeStart(doc).map((kind) => `:not(.annotation-mark--${kind})`)
  const phrases = `.annotation-phrase.annotation-mark:not([role])${skipped.join('')}`
  for (const phrase of root.querySelectorAll(phrases)) {
    for (const [name, value] of PHRASE_BUTTON_ATTRIBUTES) phrase.setAttribute(name, String(value))
  }
  root.querySelector('.annotation-legend')?.removeAttribute('inert')
}

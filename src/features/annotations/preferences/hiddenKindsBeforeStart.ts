import { readJson } from '../../../shared/storage'
import { ANNOTATION_KINDS, type AnnotationKind } from '../kinds'
import {
  isKindShown,
  PREFERENCES_KEY,
  preferencesFromStorage,
  type AnnotationPreferences,
} from './preferences'

/**
 * Names, on the root element, the kinds the reader has switched off, for the stylesheet to hide
 * their marks until the app renders the reader's choice itself. The prerendered page shows every
 * mark, since the HTML cannot know the reader, and the app applies the stored choice only once it
 * has loaded and hydrated: 0.4 s here, and up to 25 s on a slow link.
 */
export const HIDDEN_KINDS_ATTRIBUTE = 'data-annotations-hidden'

function hiddenKinds(preferences: AnnotationPreferences): AnnotationKind[] {
  return ANNOTATION_KINDS.filter((kind) => !isKindShown(preferences, kind))
}

/** Run by the boot script as soon as it runs: before the first paint, when it arrives in time. */
export function hideSwitchedOffKinds(doc: Document): void {
  const hidden = hiddenKinds(preferencesFromStorage(readJson(PREFERENCES_KEY)))
  if (hidden.length > 0) doc.documentElement.setAttribute(HIDDEN_KINDS_ATTRIBUTE, hidden.join(' '))
}

/** The kinds the boot script named, until the app releases them. */
export function kindsHiddenBeforeStart(doc: Document): AnnotationKind[] {
  const named = doc.documentElement.getAttribute(HIDDEN_KINDS_ATTRIBUTE)?.split(' ') ?? []
  return ANNOTATION_KINDS.filter((kind) => named.includes(kind))
}

/** Once the app's render shows the reader's choice: from then on the switches decide. */
export function releaseHiddenKinds(doc: Document): void {
  doc.documentElement.removeAttribute(HIDDEN_KINDS_ATTRIBUTE)
}

import { ANNOTATION_KINDS, type AnnotationKind } from '../kinds'

/** The reader's display choice. Bump the key's version if this shape ever changes. */
export interface AnnotationPreferences {
  /** The master switch: off hides every annotation, whatever the kinds say. */
  enabled: boolean
  kinds: Record<AnnotationKind, boolean>
}

export const PREFERENCES_KEY = 'annotated-reader:annotations:v1'

/** Everything on: what the prerendered page shows and what a new reader gets. */
export const DEFAULT_PREFERENCES: AnnotationPreferences = {
  enabled: true,
  kinds: { person: true, source: true, history: true },
}

/** Whatever is stored (by an older build, another tab, a hand edit) becomes valid preferences. */
export function preferencesFromStorage(stored: unknown): AnnotationPreferences {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PREFERENCES
  const { enabled, kinds } = stored as { enabled?: unknown; kinds?: Record<string, unknown> }
  const storedKinds = typeof kinds === 'object' && kinds !== null ? kinds : {}
  return {
    enabled: enabled !== false,
    kinds: Object.fromEntries(
      ANNOTATION_KINDS.map((kind) => [kind, storedKinds[kind] !== false]),
    ) as Record<AnnotationKind, boolean>,
  }
}

/**
 * What the master switch shows: ticked only while some annotation can show, so that with every
 * kind switched off it does not claim that annotations are on.
 */
export function areAnnotationsShown(preferences: AnnotationPreferences): boolean {
  return preferences.enabled && isAnyKindOn(preferences.kinds)
}

function isAnyKindOn(kinds: AnnotationPreferences['kinds']): boolean {
  return ANNOTATION_KINDS.some((kind) => kinds[kind])
}

/**
 * The master switch. Off keeps the kinds as they were, for when it comes back on; on with every
 * kind switched off turns them all on, since the reader asked to see annotations.
 */
export function withAnnotationsShown(
  preferences: AnnotationPreferences,
  shown: boolean,
): AnnotationPreferences {
  if (!shown) return { ...preferences, enabled: false }
  const { kinds } = preferences
  return { enabled: true, kinds: isAnyKindOn(kinds) ? kinds : DEFAULT_PREFERENCES.kinds }
}

export function isKindShown(preferences: AnnotationPreferences, kind: AnnotationKind): boolean {
  return preferences.enabled && preferences.kinds[kind]
}

/** A link to an annotation always shows it: its kind, and the master switch, come back on. */
export function withKindShown(
  preferences: AnnotationPreferences,
  kind: AnnotationKind,
): AnnotationPreferences {
  return { enabled: true, kinds: { ...preferences.kinds, [kind]: true } }
}

/** A switch in the legend: the master switch, or one kind's. */
export type AnnotationSwitch = 'all' | AnnotationKind

/**
 * The switch whose change hid something between two choices: the master switch if it went off,
 * or else the first kind that did. Nothing when the change only showed more.
 */
export function switchThatHid(
  before: AnnotationPreferences,
  after: AnnotationPreferences,
): AnnotationSwitch | undefined {
  if (before.enabled && !after.enabled) return 'all'
  return ANNOTATION_KINDS.find((kind) => isKindShown(before, kind) && !isKindShown(after, kind))
}

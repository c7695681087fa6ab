export interface PhraseInWindow {
  /** The phrase's box in the window, all its lines. */
  phraseTop: number
  phraseBottom: number
  windowHeight: number
  /** What the page keeps docked over the window's foot (dockedHeight). */
  docked: number
  /** Between the card and its phrase. */
  gap: number
  /** Kept free at the window's edges. */
  margin: number
}

/**
 * The most room a card could have clear of the dock, below its phrase or above it. Measured from
 * the phrase's whole box, not the one line the card is placed against, so it is never less than
 * what the placement itself finds: a card taller than this cannot fit clear of the dock, and need
 * not be tried there.
 */
export function mostRoomClearOfDock({
  phraseTop,
  phraseBottom,
  windowHeight,
  docked,
  gap,
  margin,
}: PhraseInWindow): number {
  const below = windowHeight - docked - margin - (phraseTop + gap)
  const above = phraseBottom - gap - margin
  return Math.max(below, above)
}

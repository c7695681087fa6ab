/** Between a card and its phrase, in px. */
export const GAP_TO_PHRASE = 6
/** Kept free at the window's edges, in px. */
export const WINDOW_MARGIN = 8

/**
 * The most room a card could have clear of what is docked over the window's foot (dockedHeight),
 * below its phrase or above it. Measured from the phrase's whole box, not the one line the card is
 * placed against, so it is never less than what the placement itself finds: a card taller than
 * this cannot fit clear of the dock, and need not be tried there.
 */
export function mostRoomClearOfDock(
  phrase: { top: number; bottom: number },
  windowHeight: number,
  docked: number,
): number {
  const below = windowHeight - docked - WINDOW_MARGIN - (phrase.top + GAP_TO_PHRASE)
  const above = phrase.bottom - GAP_TO_PHRASE - WINDOW_MARGIN
  return Math.max(below, above)
}

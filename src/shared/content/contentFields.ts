import * as v from 'valibot'

/** Fields that every content document's schema shares, so that they read alike in each. */

/** Words a reader sees: trimmed, and never empty. */
export const text = v.pipe(v.string(), v.trim(), v.nonEmpty())

/** The shape of a content id: lower-case words joined by hyphens, safe in an address as it is. */
export const CONTENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A document's or a card's id, which also names it in the page's addresses (`/#sergei-shoigu`). */
export const contentId = v.pipe(
  v.string(),
  v.regex(CONTENT_ID_PATTERN, 'ids are lower-case words joined by hyphens'),
)

/** A link the page's own content gives, such as the donation page: secure only. */
export const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'))

import * as v from 'valibot'

/** Fields that every content document's schema shares, so that they read alike in each. */

/** Words a reader sees: trimmed, and never empty. */
export const text = v.pipe(v.string(), v.trim(), v.nonEmpty())

/** A document's or a card's id, which also names it in the page's addresses (`/#sergei-shoigu`). */
export const contentId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens'),
)

/** A link the page's own content gives, such as the donation page: secure only. */
export const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'))

import * as v from 'valibot'

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty())

/** The shape of public/content/article.json (documented in the README). */
export const articleSchema = v.object({
  id: v.pipe(nonEmpty, v.regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens')),
  headline: nonEmpty,
  publisher: v.object({
    name: nonEmpty,
    url: v.pipe(v.string(), v.url(), v.startsWith('https://')),
  }),
  published: v.object({
    /** A valid `<time datetime>` value: a year-month ("2014-11") or a full date. */
    datetime: v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD'),
    ),
    /** What the reader sees, e.g. "November 2014". */
    label: nonEmpty,
  }),
  paragraphs: v.pipe(v.array(nonEmpty), v.minLength(1)),
})

export type Article = v.InferOutput<typeof articleSchema>

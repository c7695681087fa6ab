import * as v from 'valibot'
import { contentId, httpsUrl, text } from '../../../shared/content'

/** The shape of public/content/article.json (documented in the README). */
export const articleSchema = v.object({
  id: contentId,
  headline: text,
  publisher: v.object({
    name: text,
    url: httpsUrl,
  }),
  published: v.object({
    /** A valid `<time datetime>` value: a year-month ("2014-11") or a full date. */
    datetime: v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD'),
    ),
    /** What the reader sees, e.g. "November 2014". */
    label: text,
  }),
  paragraphs: v.pipe(v.array(text), v.minLength(1)),
})

export type Article = v.InferOutput<typeof articleSchema>

import * as v from 'valibot'
import { contentUrl } from './contentUrl'

export type ContentErrorReason = 'network' | 'http' | 'malformed'

/** An error a reader can be told about in plain words; `reason` picks the words. */
export class ContentError extends Error {
  readonly reason: ContentErrorReason

  constructor(documentName: string, reason: ContentErrorReason, detail: string) {
    super(`Could not load "${documentName}" (${reason}): ${detail}`)
    this.name = 'ContentError'
    this.reason = reason
  }
}

/**
 * Fetches one JSON document from public/content and validates it at run time:
 * content is edited by hand, so its shape is never trusted.
 */
export async function fetchDocument<TSchema extends v.GenericSchema>(
  documentName: string,
  schema: TSchema,
  signal?: AbortSignal,
): Promise<v.InferOutput<TSchema>> {
  let response: Response
  try {
    response = await fetch(contentUrl(documentName), {
      signal,
      headers: { Accept: 'application/json' },
    })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ContentError(documentName, 'network', String(error))
  }
  if (!response.ok) {
    throw new ContentError(documentName, 'http', `HTTP ${response.status}`)
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    throw new ContentError(documentName, 'malformed', 'the response is not valid JSON')
  }
  return parseDocument(documentName, schema, json)
}

/** Validates an already-parsed document (also used by the prerender step). */
export function parseDocument<TSchema extends v.GenericSchema>(
  documentName: string,
  schema: TSchema,
  json: unknown,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, json)
  if (!result.success) {
    const first = result.issues[0]
    const path = first ? v.getDotPath(first) : null
    const where = path ? ` at "${path}"` : ''
    throw new ContentError(documentName, 'malformed', `${first?.message ?? 'invalid'}${where}`)
  }
  return result.output
}

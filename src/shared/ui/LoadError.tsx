import { ContentError } from '../content'

interface LoadErrorProps {
  /** What failed to load, in a reader's words: "the article", "the annotations". */
  what: string
  error: unknown
  onRetry: () => void
  isRetrying?: boolean
  /**
   * An alert interrupts a screen reader: right when the story itself failed, too much for an
   * extra (the annotations, the appeal), which is announced politely instead.
   */
  interrupt?: boolean
}

function explain(error: unknown): string {
  if (error instanceof ContentError) {
    switch (error.reason) {
      case 'network':
        return 'The connection failed. Check that you are online, then try again.'
      case 'http':
        return 'The server could not send it right now.'
      case 'malformed':
        return 'What arrived was damaged, so it is not shown.'
    }
  }
  return 'Something unexpected went wrong.'
}

/** A failed load, said plainly, with a way to try again. */
export function LoadError({
  what,
  error,
  onRetry,
  isRetrying = false,
  interrupt = false,
}: LoadErrorProps) {
  return (
    <div className="load-error" role={interrupt ? 'alert' : 'status'}>
      <p>
        <strong>We couldn’t load {what}.</strong> {explain(error)}
      </p>
      <button type="button" className="button" onClick={onRetry} disabled={isRetrying}>
        {isRetrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  )
}

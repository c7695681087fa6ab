import { useRef } from 'react'
import { ContentError } from '../content'
import { parkFocus } from './parkFocus'
import type { ShownLoadError } from './useShownLoadError'
import { useRemovedWithFocus } from './useRemovedWithFocus'

interface LoadErrorProps {
  /** What failed to load, in a reader's words: "the article", "the annotations". */
  what: string
  failure: ShownLoadError
  onRetry: () => void
  isRetrying?: boolean
  /**
   * An alert interrupts a screen reader: right when the story itself failed, too much for an
   * extra (the annotations, the appeal), which is announced politely instead.
   */
  interrupt?: boolean
  /**
   * Where the focus goes if the message goes while the reader is on it (what failed has loaded):
   * by default, to the page the message was in.
   */
  onRemovedWithFocus?: (element: HTMLElement) => void
}

function focusPageAround(element: HTMLElement) {
  parkFocus(element.closest('main') ?? document.querySelector('main'), { preventScroll: true })
}

function explain(error: unknown): string {
  if (error instanceof ContentError) {
    switch (error.reason) {
      case 'network':
        return 'The connection failed. Check that you are online, then try again.'
      case 'http':
        return 'The server had a problem. Try again in a moment.'
      case 'malformed':
        return 'What arrived was damaged, so it is not shown.'
    }
  }
  return 'Something unexpected went wrong.'
}

/**
 * A failed load, said plainly, with a way to try again. Keep it mounted while the retry runs
 * (useShownLoadError), so that the focus stays on its button.
 */
export function LoadError({
  what,
  failure,
  onRetry,
  isRetrying = false,
  interrupt = false,
  onRemovedWithFocus = focusPageAround,
}: LoadErrorProps) {
  const box = useRef<HTMLDivElement>(null)
  // The load succeeded while the reader was on Retry: what loaded takes the message's place, and
  // the focus goes somewhere rather than to nowhere (the body).
  useRemovedWithFocus(box, onRemovedWithFocus)

  return (
    <div ref={box} className="load-error" role={interrupt ? 'alert' : 'status'}>
      <p>
        <strong>
          We {failure.repeated ? 'still couldn’t' : 'couldn’t'} load {what}.
        </strong>{' '}
        {explain(failure.error)}
      </p>
      {/* aria-disabled, not disabled: a disabled button drops the focus it holds. */}
      <button
        type="button"
        className="button"
        aria-disabled={isRetrying}
        onClick={() => {
          if (!isRetrying) onRetry()
        }}
      >
        {isRetrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  )
}

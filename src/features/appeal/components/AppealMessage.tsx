import { useId, useLayoutEffect, useRef, useState, type Ref } from 'react'
import type { AppealChoice, AppealDocument } from '../api/appealSchema'
import { useRemovedWithFocus } from '../../../shared/ui/useRemovedWithFocus'
import { CloseIcon } from './CloseIcon'
import { keepDisclosureInView } from './fitPreview'

interface AppealMessageProps {
  appeal: AppealDocument
  onChoose: (choice: AppealChoice) => void
  /** Called if the message disappears (another tab, the clock) while it holds the focus. */
  onRemovedWithFocus: () => void
  remindRef: Ref<HTMLButtonElement>
  /** The focus goes into the banner as it comes back (Undo, or from its notice): fit it at once. */
  fitAtOnce?: boolean
}

/**
 * The appeal as a labelled region: found by landmark navigation, never announced on its own.
 * Only the greeting and first paragraph show at first, as much of them as leaves the disclosure in
 * view; the rest waits behind it.
 */
export function AppealMessage({
  appeal,
  onChoose,
  onRemovedWithFocus,
  remindRef,
  fitAtOnce = false,
}: AppealMessageProps) {
  const [expanded, setExpanded] = useState(false)
  const headingId = useId()
  const restId = useId()
  const sectionRef = useRef<HTMLElement>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const leadRef = useRef<HTMLParagraphElement>(null)
  const moreRef = useRef<HTMLButtonElement>(null)
  const choicesRef = useRef<HTMLDivElement>(null)
  const [first, ...rest] = appeal.paragraphs
  const { remindLater, close, alreadySupporting } = appeal.choices

  useRemovedWithFocus(sectionRef, onRemovedWithFocus)

  // Collapsed, the preview is fitted above the disclosure. When the banner comes on its own, that
  // waits for the next frame, whose layout the browser does anyway: measuring in the task that
  // mounts the banner would add a layout of the whole page to that task. Until then the banner is
  // laid out but not shown. When the focus goes into it as it comes back (Undo, or from its
  // notice), it is fitted and shown in the commit.
  useLayoutEffect(() => {
    let stopFitting: (() => void) | undefined
    const fit = () => {
      const [section, text, lead, more, choices] = [
        sectionRef.current,
        textRef.current,
        leadRef.current,
        moreRef.current,
        choicesRef.current,
      ]
      if (!expanded && section && text && lead && more && choices) {
        stopFitting = keepDisclosureInView({
          banner: section,
          text,
          lead,
          disclosure: more,
          choices,
        })
      }
      if (section) section.dataset.fitted = ''
    }
    let frame = 0
    if (fitAtOnce) fit()
    else frame = requestAnimationFrame(fit)
    return () => {
      cancelAnimationFrame(frame)
      stopFitting?.()
    }
  }, [expanded, fitAtOnce])

  useLayoutEffect(() => {
    const [section, text, more] = [sectionRef.current, textRef.current, moreRef.current]
    if (!section || !text || !more) return
    // Closed again, from wherever the reader had scrolled the banner to: back to its top, where
    // the disclosure is, with the focus on it. Left as it was, it could be above the banner's top.
    if (!expanded) {
      section.scrollTop = 0
      return
    }
    // The whole first paragraph now stands above the disclosure (the fitting effect's clean-up,
    // which runs first, has unclamped it), and the rest below it. Where the message does not fit,
    // it scrolls to the disclosure: the control the reader just used stays in view with its focus
    // ring, and under it the text they asked for, not the paragraph they have just read. In a
    // very short window the whole banner is what scrolls (appeal.css).
    const scroller = getComputedStyle(text).overflowY === 'visible' ? section : text
    const ringSpace = parseFloat(getComputedStyle(more).marginBottom) || 0
    const top = scroller.getBoundingClientRect().top + scroller.clientTop
    scroller.scrollTop += Math.floor(more.getBoundingClientRect().top - ringSpace - top)
  }, [expanded])

  return (
    <section
      ref={sectionRef}
      className={`appeal scroll-shadows${expanded ? ' appeal--open' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="appeal__top">
        <h2 id={headingId} className="appeal__heading kicker">
          {appeal.heading}
        </h2>
        <button
          type="button"
          className="appeal__icon-button"
          aria-label={close.label}
          onClick={() => onChoose('close')}
        >
          <CloseIcon />
        </button>
      </div>
      <div className="appeal__body">
        <div ref={textRef} className="appeal__text scroll-shadows">
          <p>{appeal.greeting}</p>
          <p ref={leadRef} className="appeal__lead">
            {first}
          </p>
          {rest.length > 0 && (
            <>
              <button
                ref={moreRef}
                type="button"
                className="appeal__more"
                aria-expanded={expanded}
                aria-controls={restId}
                onClick={() => setExpanded(!expanded)}
              >
                {/* One flex item, so the label wraps as text and the chevron stays with its last word. */}
                <span>
                  Read the full <span className="appeal__more-end">message</span>
                </span>
              </button>
              <div id={restId} hidden={!expanded}>
                {rest.map((paragraph, index) => (
                  // By place: the copy is edited by hand, and a paragraph may repeat.
                  <p key={index}>{paragraph}</p>
                ))}
              </div>
            </>
          )}
        </div>
        <div ref={choicesRef} className="appeal__actions">
          <a className="button" href={appeal.donate.url}>
            {appeal.donate.label}
          </a>
          <button
            ref={remindRef}
            type="button"
            className="button button--quiet"
            onClick={() => onChoose('remindLater')}
          >
            {remindLater.label}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChoose('alreadySupporting')}
          >
            {alreadySupporting.label}
          </button>
        </div>
      </div>
    </section>
  )
}

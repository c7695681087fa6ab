import { useId, useLayoutEffect, useRef, useState, type Ref } from 'react'
import type { AppealChoice, AppealDocument } from '../api/appealSchema'
import { CloseIcon } from './CloseIcon'
import { keepDisclosureInView } from './fitPreview'

interface AppealMessageProps {
  appeal: AppealDocument
  onChoose: (choice: AppealChoice) => void
  /** Called if the message disappears (another tab, the clock) while it holds the focus. */
  onRemovedWithFocus: () => void
  remindRef: Ref<HTMLButtonElement>
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
}: AppealMessageProps) {
  const [expanded, setExpanded] = useState(false)
  const headingId = useId()
  const restId = useId()
  const sectionRef = useRef<HTMLElement>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const leadRef = useRef<HTMLParagraphElement>(null)
  const moreRef = useRef<HTMLButtonElement>(null)
  const [first, ...rest] = appeal.paragraphs
  const { remindLater, close, alreadySupporting } = appeal.choices

  useLayoutEffect(() => {
    const section = sectionRef.current
    return () => {
      if (section?.contains(document.activeElement)) onRemovedWithFocus()
    }
  }, [onRemovedWithFocus])

  useLayoutEffect(() => {
    const [text, lead, more] = [textRef.current, leadRef.current, moreRef.current]
    if (!text || !lead || !more) return undefined
    if (!expanded) return keepDisclosureInView(text, lead, more)
    // The whole first paragraph now stands above the disclosure and may push it out of the text
    // area: scrolling it back keeps in view the control the reader just used, and its focus ring.
    const below =
      more.getBoundingClientRect().bottom +
      (parseFloat(getComputedStyle(more).marginBottom) || 0) -
      text.getBoundingClientRect().bottom
    if (below > 0) text.scrollTop += Math.ceil(below)
    return undefined
  }, [expanded])

  return (
    <section ref={sectionRef} className="appeal" aria-labelledby={headingId}>
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
        <div ref={textRef} className="appeal__text">
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
                Read the full message
              </button>
              <div id={restId} hidden={!expanded}>
                {rest.map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
              </div>
            </>
          )}
        </div>
        <div className="appeal__actions">
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

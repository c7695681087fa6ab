import { useLayoutEffect, useRef } from 'react'
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
} from '@floating-ui/react-dom'
import type { Annotation } from '../api/annotationSchema'
import type { AnnotationCardControls } from '../interaction/useAnnotationCard'
import { KIND_LABELS } from '../kinds'
import { KindIcon } from './KindIcon'

const VIEWPORT_PADDING = 8
const MAX_WIDTH = 384
/** Enough for the card's kind, title and first lines; below that it scrolls too soon to be read. */
const LEAST_HEIGHT = 160

/**
 * The part of the window the card may use: all of it but a small margin, and whatever the page
 * keeps docked over its bottom (the appeal), which it declares as the root's scroll-padding. A
 * card drawn over the dock would hide it, and focus moving into the card would scroll the page by
 * half a screen, the browser taking each control there for one hidden behind the dock.
 */
function windowPadding(doc: Document, clearOfDock: boolean) {
  const docked = parseFloat(getComputedStyle(doc.documentElement).scrollPaddingBottom) || 0
  return {
    top: VIEWPORT_PADDING,
    right: VIEWPORT_PADDING,
    bottom: VIEWPORT_PADDING + (clearOfDock ? docked : 0),
    left: VIEWPORT_PADDING,
  }
}

function middlewareWithin(
  padding: ReturnType<typeof windowPadding>,
  onRoom: (height: number) => void,
) {
  return [
    offset(6),
    // Measures the line box the phrase sits on, not a box around all its lines.
    inline(),
    // Below the phrase, else above it: never over the line being read.
    flip({ fallbackPlacements: ['top-start'], padding }),
    shift({ padding }),
    size({
      padding,
      apply({ availableWidth, availableHeight, elements }) {
        onRoom(availableHeight)
        elements.floating.style.maxWidth = `${Math.min(availableWidth, MAX_WIDTH)}px`
        elements.floating.style.maxHeight = `${availableHeight}px`
      },
    }),
  ]
}

/**
 * Clear of the dock where the window leaves the card its least height on either side of the
 * phrase; else over the dock, the card being what the reader just asked for. Held clear of it in
 * a short window, the card above a phrase ran off the window's top, title and all (by up to 66 px
 * at 640 × 400).
 */
async function placeCard(reference: HTMLElement, floating: HTMLElement) {
  let room = Infinity
  const place = (clearOfDock: boolean) =>
    computePosition(reference, floating, {
      placement: 'bottom-start',
      middleware: middlewareWithin(windowPadding(floating.ownerDocument, clearOfDock), (height) => {
        room = height
      }),
    })
  const clear = await place(true)
  return room >= LEAST_HEIGHT ? clear : place(false)
}

interface AnnotationCardProps {
  annotation: Annotation
  controls: AnnotationCardControls
}

/**
 * The single card, a non-modal dialog beside its phrase. It is mounted on the client only (a card
 * opens on interaction), so its position styles never reach the prerendered HTML. Floating UI's
 * computePosition is used directly: its useFloating wrapper would add a kilobyte for nothing here.
 */
export function AnnotationCard({ annotation, controls }: AnnotationCardProps) {
  const cardElement = useRef<HTMLDivElement>(null)
  const { phraseElement, cardProps, closeAndReturnFocus } = controls
  const { id, kind, title, nativeName, role, context, source } = annotation

  useLayoutEffect(() => {
    const reference = phraseElement(id)
    const floating = cardElement.current
    if (!reference || !floating) return
    let current = true
    const stopUpdating = autoUpdate(reference, floating, () => {
      void placeCard(reference, floating).then(({ x, y, placement }) => {
        if (!current) return
        floating.style.left = `${x}px`
        floating.style.top = `${y}px`
        floating.dataset.side = placement.split('-')[0]
      })
    })
    return () => {
      current = false
      stopUpdating()
    }
  }, [phraseElement, id])

  return (
    <div
      {...cardProps}
      ref={(element) => {
        cardProps.ref(element)
        cardElement.current = element
      }}
      role="dialog"
      aria-labelledby="annotation-card-title"
      className="annotation-card scroll-shadows no-print"
    >
      <p className="annotation-card__kind">
        <KindIcon kind={kind} />
        {KIND_LABELS[kind].singular}
      </p>
      <h2 id="annotation-card-title" className="annotation-card__title">
        {title}
      </h2>
      {nativeName && (
        <p className="annotation-card__native" lang={nativeName.lang}>
          {nativeName.text}
        </p>
      )}
      <p className="annotation-card__role">{role}</p>
      <p className="annotation-card__context">{context}</p>
      <div className="annotation-card__actions">
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.label}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        <button
          type="button"
          className="button button--quiet annotation-card__close"
          aria-label="Close"
          onClick={closeAndReturnFocus}
        >
          Close
        </button>
      </div>
    </div>
  )
}

import { useLayoutEffect, useRef } from 'react'
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type Middleware,
  type VirtualElement,
} from '@floating-ui/react-dom'
import { dockedHeight, dockTop } from '../../../shared/ui/dock'
import type { Annotation } from '../api/annotationSchema'
import { besideLines } from '../interaction/besideLines'
import { GAP_TO_PHRASE, mostRoomClearOfDock, WINDOW_MARGIN } from '../interaction/roomClearOfDock'
import type { AnnotationCardControls } from '../interaction/useAnnotationCard'
import { KIND_LABELS } from '../kinds'
import { KeptWhole } from './KeptWhole'
import { KindIcon } from './KindIcon'

/** In rem, so that a reader's larger text widens the card with it, as many words to a line. */
const MAX_WIDTH_REM = 24
/**
 * For a card too tall for the room beside its phrase, where the window is wide: wider, it takes
 * fewer lines, of still no more than about 75 characters.
 */
const WIDE_MAX_WIDTH_REM = 36

/**
 * The part of the window the card may use: all of it but a small margin, and what is kept clear
 * at its bottom.
 */
function windowPadding(bottomClearance: number) {
  return {
    top: WINDOW_MARGIN,
    right: WINDOW_MARGIN,
    bottom: WINDOW_MARGIN + bottomClearance,
    left: WINDOW_MARGIN,
  }
}

/**
 * Places the card against the line of its phrase that it is beside (besideLines), not against a
 * box round all its lines, which a wrapped phrase's first and last lines make as wide as the
 * paragraph. Floating UI's inline() does this, for 558 bytes gzip that the JS budget has not got.
 */
const againstItsLines: Middleware = {
  name: 'againstItsLines',
  async fn({ placement, rects, elements, platform, strategy }) {
    const reference = elements.reference as VirtualElement
    const box = besideLines(
      [...(reference.getClientRects?.() ?? [])],
      placement.startsWith('top') ? 'top' : 'bottom',
    )
    if (!box) return {}
    const { left, top, right, bottom } = box
    const next = await platform.getElementRects({
      reference: {
        getBoundingClientRect: () => ({
          left,
          top,
          right,
          bottom,
          x: left,
          y: top,
          width: right - left,
          height: bottom - top,
        }),
      },
      floating: elements.floating,
      strategy,
    })
    const [was, now] = [rects.reference, next.reference]
    const moved =
      now.x !== was.x || now.y !== was.y || now.width !== was.width || now.height !== was.height
    return moved ? { reset: { rects: next } } : {}
  },
}

/** The whole card's height, borders and all, whatever it is held to now. */
function wholeHeight(card: HTMLElement): number {
  return card.scrollHeight + card.offsetHeight - card.clientHeight
}

function middlewareWithin(
  padding: ReturnType<typeof windowPadding>,
  /** The root's font size, in px: what the card's widths are in. */
  rem: number,
  onRoom: (room: number, needed: number) => void,
) {
  return [
    offset(GAP_TO_PHRASE),
    againstItsLines,
    // Below the phrase, else above it: never over the line being read. Judged on room above and
    // below only: counting the room to the side too, measured from a wrapped phrase's first line
    // before shift moves the card, it sent a card below with 338 px rather than above with 426
    // (390 × 844).
    flip({ fallbackPlacements: ['top-start'], padding, crossAxis: false }),
    shift({ padding }),
    size({
      padding,
      apply({ availableWidth, availableHeight, elements }) {
        const card = elements.floating
        const heightAt = (widthRem: number) => {
          card.style.maxWidth = `${Math.min(availableWidth, widthRem * rem)}px`
          return wholeHeight(card)
        }
        let needed = heightAt(MAX_WIDTH_REM)
        if (needed > availableHeight && availableWidth > MAX_WIDTH_REM * rem) {
          needed = heightAt(WIDE_MAX_WIDTH_REM)
        }
        onRoom(availableHeight, needed)
        card.style.maxHeight = `${availableHeight}px`
      },
    }),
  ]
}

/**
 * The phrase's letters, line by line, as the card's reference: the phrase's own box also holds
 * the room kept above them for the kind's glyph (annotations.css), which put a card above its
 * phrase 4 px further off, and sent one below over the appeal where it had fitted above.
 */
function lettersOf(phrase: HTMLElement): VirtualElement {
  const letters = () => {
    const range = phrase.ownerDocument.createRange()
    range.selectNodeContents(phrase)
    return range
  }
  return {
    getBoundingClientRect: () => letters().getBoundingClientRect(),
    getClientRects: () => letters().getClientRects(),
    contextElement: phrase,
  }
}

/**
 * Whether the card might fit clear of the dock, beside its phrase: its least height (as wide as
 * the window lets middlewareWithin make it) against the most room either side could give, both
 * generous, so that a card that could fit there is always tried there. One that cannot is placed
 * over the dock at once. Trying it clear first took three to six passes of the middleware, more
 * than half of the card's placement, for most cards at 390 × 844 and 1280 × 720 with the appeal
 * shown.
 */
function mightFitClearOfDock(
  reference: VirtualElement,
  floating: HTMLElement,
  docked: number,
  rem: number,
) {
  const canWiden = innerWidth - 2 * WINDOW_MARGIN > MAX_WIDTH_REM * rem
  // Unheld: held, its scrollbar would narrow its lines.
  floating.style.maxHeight = ''
  floating.style.maxWidth = canWiden ? `${WIDE_MAX_WIDTH_REM * rem}px` : ''
  const leastHeight = wholeHeight(floating)
  const room = mostRoomClearOfDock(reference.getBoundingClientRect(), innerHeight, docked)
  return leastHeight <= Math.floor(room)
}

/**
 * Clear of the dock where the whole card fits there, beside its phrase; else over the dock, so
 * that the card the reader asked for shows whole rather than cut to scroll in what room is left
 * (200–310 px of cards up to 449 px tall at 1280 × 720, under the appeal's 262), and as wide as
 * it needs (middlewareWithin). Focus moving into a card over the dock does not scroll the page:
 * the card moves it itself (focusInCard).
 */
async function placeCard(reference: VirtualElement, floating: HTMLElement) {
  const doc = floating.ownerDocument
  const docked = dockedHeight(doc)
  const rem = parseFloat(getComputedStyle(doc.documentElement).fontSize) || 16
  // Measured at its whole size, the card scrolls back to its top: a reader who scrolled it, or
  // Tabbed to a link further down, keeps their place when it is placed again.
  const { scrollTop } = floating
  let fits = true
  const place = (bottomClearance: number) => {
    // Judged at its whole size, not at what the last placement held it to, so that flip picks the
    // side where it fits.
    floating.style.maxHeight = ''
    floating.style.maxWidth = ''
    return computePosition(reference, floating, {
      placement: 'bottom-start',
      middleware: middlewareWithin(windowPadding(bottomClearance), rem, (room, needed) => {
        fits = needed <= Math.floor(room)
      }),
    })
  }
  const clear =
    docked <= 1 || mightFitClearOfDock(reference, floating, docked, rem)
      ? await place(docked)
      : null
  const placed = clear && (fits || docked <= 1) ? clear : await place(0)
  floating.scrollTop = scrollTop
  return placed
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
  const { phraseElement, cardProps, closeAndReturnFocus, outOfTabOrder } = controls
  const tabIndex = outOfTabOrder ? -1 : undefined
  const { id, kind, title, nativeName, role, context, sources } = annotation

  useLayoutEffect(() => {
    const phrase = phraseElement(id)
    const floating = cardElement.current
    if (!phrase || !floating) return
    const reference = lettersOf(phrase)
    let current = true
    const update = () => {
      void placeCard(reference, floating).then(({ x, y, placement }) => {
        if (!current) return
        floating.style.left = `${x}px`
        floating.style.top = `${y}px`
        floating.dataset.side = placement.split('-')[0]
        // Its phrase scrolled under the docked appeal, the card pointed at nothing, over the story
        // or the appeal's heading: it waits, hidden, for the phrase to come back, unless the
        // reader is in it.
        floating.style.visibility =
          reference.getBoundingClientRect().top >= dockTop(document) &&
          !floating.contains(document.activeElement)
            ? 'hidden'
            : ''
      })
    }
    // Not on the elements' own resizes, which the card's placement makes: watching them placed a
    // card three times as it opened, twice the first open's work on a phone-speed CPU. Text the
    // reader enlarges in place moves the phrase, which autoUpdate still watches for (layoutShift).
    const stopUpdating = autoUpdate(reference, floating, update, { elementResize: false })
    // A dock that comes, goes or grows while the card is open moves nothing autoUpdate watches,
    // but changes the room the card has: it declares itself on the root's style (dockedHeight).
    const dockWatch = new MutationObserver(update)
    dockWatch.observe(floating.ownerDocument.documentElement, { attributeFilter: ['style'] })
    return () => {
      current = false
      stopUpdating()
      dockWatch.disconnect()
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
      // Read out on entering the card, as a link is the first thing in it that takes the focus:
      // the role line alone. With the context too, a screen reader reading on (Orca) said the
      // whole card twice, in the description and then line by line.
      aria-describedby="annotation-card-role"
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
      <p id="annotation-card-role" className="annotation-card__role">
        <KeptWhole text={role} />
      </p>
      <p>
        <KeptWhole text={context} />
      </p>
      <div className="annotation-card__actions">
        <div className="annotation-card__sources">
          {sources.map(({ label, url }, index) => (
            <a key={index} href={url} target="_blank" rel="noopener noreferrer" tabIndex={tabIndex}>
              <KeptWhole text={label} />
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ))}
        </div>
        <button
          type="button"
          className="button button--quiet annotation-card__close"
          onClick={closeAndReturnFocus}
          tabIndex={tabIndex}
        >
          Close
        </button>
      </div>
    </div>
  )
}

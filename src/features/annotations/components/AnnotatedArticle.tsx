import './annotations.css'
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useQuery } from '@tanstack/react-query'
import { ArticleView, articleTextBlocks, type Article } from '../../article'
import { ErrorBoundary } from '../../../shared/ui/ErrorBoundary'
import { LoadError } from '../../../shared/ui/LoadError'
import { parkFocus } from '../../../shared/ui/parkFocus'
import { useShownLoadError } from '../../../shared/ui/useShownLoadError'
import { annotationsQuery } from '../api/annotationsQuery'
import { segmentBlock } from '../anchoring/segmentBlock'
import { useAnchoredAnnotations } from '../anchoring/useAnchoredAnnotations'
import { useAnnotationCard } from '../interaction/useAnnotationCard'
import { useAnnotationLinks } from '../interaction/useAnnotationLinks'
import { kindsHiddenBeforeStart, releaseHiddenKinds } from '../preferences/hiddenKindsBeforeStart'
import { isKindShown, withKindShown, type AnnotationPreferences } from '../preferences/preferences'
import {
  isStoredChoice,
  useAnnotationPreferences,
  useChoiceFromAnotherTab,
} from '../preferences/useAnnotationPreferences'
import { useFocusKeptOnHiding } from '../preferences/useFocusKeptOnHiding'
import { useMarkingSteps } from '../progressive/useMarkingSteps'
import { AnnotationCard } from './AnnotationCard'
import { AnnotationIndex, INDEX_ID, indexEntryId } from './AnnotationIndex'
import { AnnotationLegend } from './AnnotationLegend'
import { MarkedText } from './MarkedText'
import { activatePrerenderedControls } from './prerenderedControls'

/**
 * The article with its annotations: the legend and switches at its header's end, marked phrases in
 * the text, the index after it and the one card. If the annotations fail to load, or to render, the
 * article still reads.
 */
export function AnnotatedArticle({ article }: { article: Article }) {
  return (
    <ErrorBoundary
      fallback={
        <>
          <p className="load-error" role="status">
            <strong>We couldn’t show the annotations.</strong> The story below is complete.
          </p>
          <ArticleView article={article} />
        </>
      }
    >
      <AnnotatedArticleContent article={article} />
    </ErrorBoundary>
  )
}

function AnnotatedArticleContent({ article }: { article: Article }) {
  const annotationsResult = useQuery(annotationsQuery)
  const { data, isFetching, refetch } = annotationsResult
  const blocks = useMemo(() => articleTextBlocks(article), [article])
  const { annotations, byId, anchorsByBlock, blockOf } = useAnchoredAnnotations(
    blocks,
    data?.annotations,
  )
  // Only blocks with phrases: a block with none has nothing to mark, and as plain text it needs no
  // component, which no switch or card then renders again.
  const segmentsByBlock = useMemo(
    () =>
      new Map(
        blocks.flatMap(({ id, text }) => {
          const anchors = anchorsByBlock.get(id)
          return anchors ? [[id, segmentBlock(text, anchors)] as const] : []
        }),
      ),
    [blocks, anchorsByBlock],
  )
  const { isMarked, complete } = useMarkingSteps(blocks, anchorsByBlock)
  const [preferences, setPreferences, notKept] = useAnnotationPreferences()
  // Hydration renders every mark, as the HTML has them; a stored choice that differs comes in the
  // render after it. The boot script's hiding holds until a render shows the stored choice. A kind
  // it hid that shows now (another tab switched it back on meanwhile) was left text before
  // hydration, and becomes a button here.
  useLayoutEffect(() => {
    // The attribute first: once released, a change of choice reads no storage here.
    if (kindsHiddenBeforeStart(document).length > 0 && isStoredChoice(preferences)) {
      releaseHiddenKinds(document)
      activatePrerenderedControls(document)
    }
  }, [preferences])
  const controls = useAnnotationCard()
  const { openId, close, reveal, textProps } = controls

  const ensureShown = useCallback(
    (annotationId: string) => {
      const annotation = byId.get(annotationId)
      if (!annotation) return false
      // The reveal runs on a render that has the phrase: once all are marked, and its kind shown.
      if (!complete) return false
      if (!isKindShown(preferences, annotation.kind)) {
        setPreferences(withKindShown(preferences, annotation.kind))
      }
      return true
    },
    [byId, complete, preferences, setPreferences],
  )
  const { followLink, dropLinkIfHidden } = useAnnotationLinks({
    ensureShown,
    reveal,
    close,
    // Back to where the reader followed an index link from: the page goes back to where it was,
    // with the link (or the index, if its kind is now off) in view and clear of the appeal if it
    // docked meanwhile, the focus back on it, and the card closed. Again at the next frame: a
    // smooth scroll to the phrase (Back at once) had not begun yet, and then took the page there.
    onReturn: ({ followedFrom, scrollY }) => {
      const link = followedFrom ? document.getElementById(indexEntryId(followedFrom)) : null
      const putBack = () => {
        window.scrollTo({ top: scrollY ?? window.scrollY, behavior: 'instant' })
        link?.scrollIntoView?.({ block: 'nearest', behavior: 'instant' })
      }
      putBack()
      requestAnimationFrame(putBack)
      if (link) link.focus({ preventScroll: true })
      else if (followedFrom) parkFocus(document.getElementById(INDEX_ID))
      close()
    },
  })
  const hiddenBy = (next: AnnotationPreferences) => (annotationId: string) => {
    const annotation = byId.get(annotationId)
    return !!annotation && !isKindShown(next, annotation.kind)
  }
  // What another tab hides has its link forgotten, as it would by this tab's switch.
  useChoiceFromAnotherTab((next) => dropLinkIfHidden(hiddenBy(next)))
  const openAnnotation = openId ? byId.get(openId) : undefined
  // The block that holds the open card's phrase: it marks the phrase open, and the card follows it.
  const openBlock = openId ? blockOf.get(openId) : undefined

  const openIsHidden = !!openAnnotation && !isKindShown(preferences, openAnnotation.kind)
  // A card whose kind is off closes, however it came to be open: by a switch here or in another
  // tab, or by a hover whose delay ran out after its phrase went, which no pointer could then close.
  useLayoutEffect(() => {
    if (openIsHidden) close()
  }, [openIsHidden, close])
  const legend = useRef<HTMLDivElement>(null)
  const noteFocusBeforeSwitching = useFocusKeptOnHiding(preferences, legend)
  const failure = useShownLoadError(annotationsResult)

  if (failure) {
    return (
      <>
        <LoadError
          what="the annotations"
          failure={failure}
          isRetrying={isFetching}
          onRetry={() => void refetch()}
        />
        <ArticleView article={article} />
      </>
    )
  }

  const changePreferences = (next: AnnotationPreferences) => {
    noteFocusBeforeSwitching()
    setPreferences(next)
    dropLinkIfHidden(hiddenBy(next))
  }
  const shown = annotations.filter((annotation) => isKindShown(preferences, annotation.kind))

  return (
    <div {...textProps}>
      <ArticleView
        article={article}
        headerEnd={
          <AnnotationLegend
            ref={legend}
            preferences={preferences}
            notKept={notKept}
            onChange={changePreferences}
          />
        }
        renderText={(text, blockId) => {
          const segments = segmentsByBlock.get(blockId)
          if (!segments || !isMarked(blockId)) return text
          return (
            <MarkedText
              segments={segments}
              annotationsById={byId}
              preferences={preferences}
              openId={blockId === openBlock ? (openId ?? undefined) : undefined}
            />
          )
        }}
        // In reading order after the paragraph that holds its phrase, so that a screen reader
        // reading on from the phrase comes to it there: at the end of <main>, after the rest of
        // the story and the index, it came 30 to 60 items on. The text's shared handlers
        // (textProps) see the card's events too, and leave alone what is not a phrase.
        renderAfter={(blockId) =>
          blockId === openBlock &&
          openAnnotation &&
          !openIsHidden && (
            <AnnotationCard
              key={openAnnotation.id}
              annotation={openAnnotation}
              controls={controls}
            />
          )
        }
        footer={complete && <AnnotationIndex annotations={shown} onFollow={followLink} />}
      />
    </div>
  )
}

import './appeal.css'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { useQuery } from '@tanstack/react-query'
import { reserveSpaceBelowPage } from '../../../shared/ui/dock'
import { LoadError } from '../../../shared/ui/LoadError'
import { parkFocus } from '../../../shared/ui/parkFocus'
import { useFocusCameFrom } from '../../../shared/ui/useFocusCameFrom'
import { useShownLoadError } from '../../../shared/ui/useShownLoadError'
import { appealQuery } from '../api/appealQuery'
import { hideDurations, type AppealChoice } from '../api/appealSchema'
import { showAppealWithoutScript } from '../beforeStart'
import { createDecisionStore } from '../model/decisionStore'
import { noticeFor, type Notice } from '../model/notice'
import { isAppealDue, returnsAt } from '../model/schedule'
import { parseStoredDecision } from '../model/storedDecision'
import { AppealMessage } from './AppealMessage'
import { AppealNotice } from './AppealNotice'
import { CloseIcon } from './CloseIcon'

interface AppealBannerProps {
  /**
   * The element that takes the focus when the banner goes: the page's <main> (see parkFocus),
   * unless the keyboard brought the focus from an element of the page that is still on screen and
   * can take it back (useFocusCameFrom).
   */
  returnFocusId: string
}

type FocusTarget = 'notice' | 'remind' | 'page'

/** The server and the first client render know nothing of the reader's storage or clock. */
const unknownOnServer = () => null

/**
 * The donation appeal, docked at the bottom of the window. It renders nothing until hydration is
 * over, shows only when the reader's last decision has run its course, and moves the focus only
 * in answer to the reader's own choices.
 */
export function AppealBanner({ returnFocusId }: AppealBannerProps) {
  const [store] = useState(() => createDecisionStore())
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, unknownOnServer)
  const appeal = useQuery(appealQuery)
  const failure = useShownLoadError(appeal)
  const [notice, setNotice] = useState<Notice | null>(null)
  // Closing the failure's notice is not a decision on an appeal the reader has not seen: nothing is
  // stored, and the banner stays away for this page view only, even if the appeal loads later.
  const [closedForVisit, setClosedForVisit] = useState(false)
  // The focus goes into the banner as it comes back (Undo, or the notice it replaces had the
  // focus): it is fitted and shown in the commit, not a frame later.
  const [fitAtOnce, setFitAtOnce] = useState(false)
  const focusNext = useRef<FocusTarget | null>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)
  const remindRef = useRef<HTMLButtonElement>(null)
  const focusCameFrom = useFocusCameFrom()

  // Focus moves after the commit, once the element it goes to exists.
  useLayoutEffect(() => {
    const target = focusNext.current
    // A banner that has just come back is shown once fitted, in the next commit.
    const remindIsHidden =
      remindRef.current?.checkVisibility?.({ visibilityProperty: true }) === false
    if (target === 'remind' && remindIsHidden) return
    focusNext.current = null
    if (target === 'notice') noticeRef.current?.focus()
    else if (target === 'remind' && remindRef.current) remindRef.current.focus()
    else if (target && !focusCameFrom.returnFocus()) {
      parkFocus(document.getElementById(returnFocusId))
    }
  })
  const returnFocusToPage = useCallback(() => {
    focusNext.current ??= 'page'
  }, [])
  // The notice went while the reader was on it, and not by their hand (that decides the focus
  // itself), or a Retry loaded the appeal: the banner that took its place takes the focus, where
  // they were. Parked on the page, it had left the reader about 50 Tabs from the banner.
  const focusReturnedBanner = useCallback(() => {
    if (focusNext.current !== null) return
    focusNext.current = 'remind'
    setFitAtOnce(true)
  }, [])

  const durations = appeal.data ? hideDurations(appeal.data) : null
  const decision = snapshot && parseStoredDecision(snapshot.stored, snapshot.now)
  const returnsIn =
    snapshot && decision && durations ? returnsAt(decision, durations) - snapshot.now : 0
  // A tab left open, and in view, when the reader's choice runs its course: the banner comes back
  // then, and the note promising it goes, without waiting for the tab to be hidden and shown again.
  useEffect(() => {
    if (returnsIn <= 0) return
    // An hour at most, then the clock is read again: a timer does not count the time a computer
    // sleeps, and a tab in view on waking is not shown again.
    const timer = setTimeout(store.recheck, Math.min(returnsIn, 36e5))
    return () => clearTimeout(timer)
  }, [store, returnsIn])

  // A reader who has already said no is not told that the appeal failed to load.
  const failed = failure !== null && decision === null && !closedForVisit
  // Meanwhile the copy the build wrote after the story stands in, so that the reader loses nothing:
  // the message said it could not load, and the appeal was gone from the page.
  useEffect(() => showAppealWithoutScript(document, failed), [failed])

  if (snapshot === null) return null

  const due =
    durations !== null && !closedForVisit && isAppealDue(decision, durations, snapshot.now)
  // A banner that comes back (its time ran out, another tab undid the choice) outdates the last
  // choice's notice, which must not come back with it when the banner goes again.
  if (due && notice !== null) setNotice(null)

  function choose(choice: AppealChoice) {
    const { decision: made, outcome } = store.decide(choice)
    const until = durations ? returnsAt(made, durations) : made.decidedAt
    const next = noticeFor(choice, outcome, until)
    focusNext.current = next.kind === 'shown' && next.canUndo ? 'notice' : 'page'
    setNotice(next)
  }

  function undo() {
    focusNext.current = 'remind'
    setFitAtOnce(true)
    store.forget()
    setNotice(null)
  }

  function closeFailureForVisit() {
    focusNext.current = 'page'
    setClosedForVisit(true)
  }

  function dismissNotice() {
    focusNext.current = 'page'
    setNotice(null)
  }

  // Says when the banner has made up its mind: end-to-end tests wait on it before checking that
  // the appeal is absent, which would otherwise pass before the appeal had even loaded.
  const state = appeal.isPending ? 'loading' : due ? 'shown' : failed ? 'error' : 'hidden'
  return (
    <div
      className="appeal-dock"
      ref={reserveSpaceBelowPage}
      data-appeal={state}
      {...focusCameFrom.handlers}
    >
      {due && appeal.data && (
        <AppealMessage
          appeal={appeal.data}
          onChoose={choose}
          onRemovedWithFocus={returnFocusToPage}
          remindRef={remindRef}
          fitAtOnce={fitAtOnce}
        />
      )}
      {failed && (
        <div className="appeal-failed">
          <LoadError
            what="the latest message from The Moscow Times"
            failure={failure}
            isRetrying={appeal.isFetching}
            onRetry={() => void appeal.refetch()}
            onRemovedWithFocus={focusReturnedBanner}
          />
          <button
            type="button"
            className="appeal__icon-button"
            aria-label="Close this notice"
            onClick={closeFailureForVisit}
          >
            <CloseIcon />
          </button>
        </div>
      )}
      <AppealNotice
        notice={notice}
        onUndo={undo}
        onDismiss={dismissNotice}
        onRemovedWithFocus={focusReturnedBanner}
        messageRef={noticeRef}
      />
    </div>
  )
}

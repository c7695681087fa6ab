import { act, render, screen } from '@testing-library/react'
import { StrictMode, useLayoutEffect, useRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useRemovedWithFocus } from './useRemovedWithFocus'

function Box({ onRemovedWithFocus }: { onRemovedWithFocus: (element: HTMLElement) => void }) {
  const ref = useRef<HTMLDivElement>(null)
  useRemovedWithFocus(ref, onRemovedWithFocus)
  return (
    <div ref={ref} role="group" aria-label="Box">
      <button type="button">Inside</button>
    </div>
  )
}

function Page({
  shown,
  onRemovedWithFocus,
}: {
  shown: boolean
  onRemovedWithFocus: (element: HTMLElement) => void
}) {
  return (
    <>
      <button type="button">Outside</button>
      {shown && <Box onRemovedWithFocus={onRemovedWithFocus} />}
    </>
  )
}

/** A part that goes with the note it sits in: the note's own text counts as inside. */
function Actions({ onRemovedWithFocus }: { onRemovedWithFocus: () => void }) {
  const ref = useRef<HTMLDivElement>(null)
  useRemovedWithFocus(ref, onRemovedWithFocus, 'parent')
  return (
    <div ref={ref}>
      <button type="button">Undo</button>
    </div>
  )
}

/** A box that takes the focus as it comes, as the appeal's notice does. */
function FocusedOnArrival({ onRemovedWithFocus }: { onRemovedWithFocus: () => void }) {
  const ref = useRef<HTMLDivElement>(null)
  useRemovedWithFocus(ref, onRemovedWithFocus)
  useLayoutEffect(() => ref.current?.querySelector('button')?.focus(), [])
  return (
    <div ref={ref}>
      <button type="button">Arrived</button>
    </div>
  )
}

/** A reader acts in a later task than the one that showed the page. */
const laterTask = () => act(async () => {})

describe('useRemovedWithFocus', () => {
  it('tells, with the element, when it goes while the focus is in it', async () => {
    let stillInPage = false
    const onRemovedWithFocus = vi.fn((element: HTMLElement) => {
      stillInPage = element.isConnected
    })
    const { rerender } = render(<Page shown onRemovedWithFocus={onRemovedWithFocus} />)
    await laterTask()
    const box = screen.getByRole('group', { name: 'Box' })
    screen.getByRole('button', { name: 'Inside' }).focus()
    rerender(<Page shown={false} onRemovedWithFocus={onRemovedWithFocus} />)
    expect(onRemovedWithFocus).toHaveBeenCalledTimes(1)
    expect(onRemovedWithFocus).toHaveBeenCalledWith(box)
    // Still in the page as it is called, so the caller can look around it.
    expect(stillInPage).toBe(true)
  })

  it('stays quiet when the focus is elsewhere as it goes', () => {
    const onRemovedWithFocus = vi.fn()
    const { rerender } = render(<Page shown onRemovedWithFocus={onRemovedWithFocus} />)
    screen.getByRole('button', { name: 'Outside' }).focus()
    rerender(<Page shown={false} onRemovedWithFocus={onRemovedWithFocus} />)
    expect(onRemovedWithFocus).not.toHaveBeenCalled()
  })

  it('does not take a new callback for the element going, and calls the latest one', async () => {
    const first = vi.fn()
    const second = vi.fn()
    const { rerender } = render(<Page shown onRemovedWithFocus={first} />)
    await laterTask()
    screen.getByRole('button', { name: 'Inside' }).focus()
    rerender(<Page shown onRemovedWithFocus={second} />)
    expect(first).not.toHaveBeenCalled()
    expect(second).not.toHaveBeenCalled()
    rerender(<Page shown={false} onRemovedWithFocus={second} />)
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
  })

  it("with scope 'parent', counts the focus anywhere in the whole the part sits in", async () => {
    const onRemovedWithFocus = vi.fn()
    const note = (shown: boolean) => (
      <div>
        <p tabIndex={-1}>Saved.</p>
        {shown && <Actions onRemovedWithFocus={onRemovedWithFocus} />}
      </div>
    )
    const { rerender } = render(note(true))
    await laterTask()
    screen.getByText('Saved.').focus()
    rerender(note(false))
    expect(onRemovedWithFocus).toHaveBeenCalledTimes(1)
  })
  it("is not misled by StrictMode's rehearsal of a new component's clean-up", async () => {
    const onRemovedWithFocus = vi.fn()
    const page = (shown: boolean) => (
      <StrictMode>
        {shown && <FocusedOnArrival onRemovedWithFocus={onRemovedWithFocus} />}
      </StrictMode>
    )
    const { rerender } = render(page(true))
    await laterTask()
    expect(onRemovedWithFocus).not.toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'Arrived' })).toHaveFocus()
    rerender(page(false))
    expect(onRemovedWithFocus).toHaveBeenCalledTimes(1)
  })
})

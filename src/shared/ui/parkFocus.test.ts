import { fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parkFocus } from './parkFocus'

afterEach(() => {
  document.body.innerHTML = ''
})

function page() {
  document.body.innerHTML =
    '<main><p>Some of the story, <a href="#next">a link in it</a>.</p></main><button>After</button>'
  return screen.getByRole('main')
}

describe('parkFocus', () => {
  it('focuses a region that Tab does not stop at, for as long as the focus stays there', () => {
    // jsdom's window has the focus only while an element has it; a browser's keeps it.
    vi.spyOn(document, 'hasFocus').mockReturnValue(true)
    const main = page()
    parkFocus(main)
    expect(main).toHaveFocus()
    screen.getByRole('link', { name: 'a link in it' }).focus()
    expect(main).not.toHaveAttribute('tabindex')
    main.focus()
    expect(main).not.toHaveFocus()
  })

  it('still holds the focus when the reader comes back from another window', () => {
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(false)
    const main = page()
    parkFocus(main)
    main.blur()
    expect(main).toHaveAttribute('tabindex', '-1')
    hasFocus.mockReturnValue(true)
    main.focus()
    expect(main).toHaveFocus()
  })

  it('gives the region back its plain self when the reader presses a pointer in it', () => {
    const main = page()
    parkFocus(main)
    fireEvent.pointerDown(screen.getByText(/Some of the story/))
    expect(main).not.toHaveAttribute('tabindex')
  })

  it('leaves nothing behind when the region cannot take the focus', () => {
    const main = page()
    main.remove()
    parkFocus(main)
    expect(main).not.toHaveAttribute('tabindex')
    parkFocus(null)
    expect(document.body).toHaveFocus()
  })
})

import { act, screen } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { AfterHydration } from './AfterHydration'

function Page() {
  return (
    <main>
      <h1>Russia and China Vow to Tighten Military Ties</h1>
      <AfterHydration>
        <p>Shown after hydration</p>
      </AfterHydration>
    </main>
  )
}

describe('AfterHydration', () => {
  it('leaves its children out of the prerendered HTML', () => {
    expect(renderToString(<Page />)).not.toContain('Shown after hydration')
  })

  it('shows them once the prerendered page has hydrated, without a mismatch', async () => {
    const container = document.createElement('div')
    container.innerHTML = renderToString(<Page />)
    document.body.append(container)
    const onRecoverableError = vi.fn()

    const root = await act(async () => hydrateRoot(container, <Page />, { onRecoverableError }))

    expect(await screen.findByText('Shown after hydration')).toBeInTheDocument()
    expect(onRecoverableError).not.toHaveBeenCalled()
    act(() => root.unmount())
    container.remove()
  })
})

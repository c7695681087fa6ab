import { useSyncExternalStore } from 'react'

const neverChanges = () => () => {}

/**
 * False in the prerendered HTML and while hydrating it; true from the render right after, and in
 * any render on the client alone. For controls that work only once the page's script runs: until
 * then they show as what they are without it, so a reader with JavaScript off, or on a slow phone
 * before it arrives, is not offered a button or a switch that does nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  )
}

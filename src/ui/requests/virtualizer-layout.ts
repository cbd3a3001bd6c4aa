// The virtualizer's two reads and writes of the table's scroll box, made without forcing a layout
// when the table mounts. The library reads `clientHeight` and writes the scroll offset it already
// has at once, inside React's commit: each a synchronous layout of the whole report (15–20 ms) in
// the task that mounts it (issue #14: tasks ≤ 50 ms). Here the first size is the one the table
// sets itself (`initialRect`), real sizes come from a ResizeObserver (which runs after the
// browser's own layout, when reading them costs nothing), and the mount's write of offset 0 to a
// new box, already at 0, is skipped.
import { elementScroll, observeElementRect, type Virtualizer } from '@tanstack/react-virtual'

type Instance<T extends Element> = Virtualizer<T, Element>

export function observeRectAfterLayout<T extends Element>(
  instance: Instance<T>,
  cb: (rect: { width: number; height: number }) => void,
): undefined | (() => void) {
  const element = instance.scrollElement
  if (!element) return undefined
  if (typeof ResizeObserver === 'undefined') return observeElementRect(instance, cb)
  const observer = new ResizeObserver(() => cb({ width: element.clientWidth, height: element.clientHeight }))
  observer.observe(element)
  return () => observer.disconnect()
}

/** Scroll boxes the virtualizer has written to: a box it has not is new, and at offset 0. */
const written = new WeakSet<Element>()

export function scrollUnlessNew<T extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Instance<T>,
): void {
  const element = instance.scrollElement
  if (element && !written.has(element)) {
    written.add(element)
    if (offset + (options.adjustments ?? 0) === 0) return
  }
  elementScroll(offset, options, instance)
}

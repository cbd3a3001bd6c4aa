// The analysis worker as its own file next to the page (the normal build). The single-file build
// swaps this module for make-worker.single.ts, which carries the worker inside the page.
export function makeWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })
}

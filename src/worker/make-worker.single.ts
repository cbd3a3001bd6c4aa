// Single-file build: the worker bundled into the page and started from a blob: URL, so the one
// HTML file also analyses off the main thread when opened from file://.
import InlineWorker from './analysis.worker.ts?worker&inline'

export function makeWorker(): Worker {
  return new InlineWorker()
}

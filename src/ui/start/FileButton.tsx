import { analyzeFile } from '../engine.ts'

/** The "Open HAR file" button: a real file input (labelled, keyboard-reachable) drawn as a
 * button; a second file replaces the first without a reload. */
export function FileButton({ compact = false }: { compact?: boolean }) {
  return (
    <label className={compact ? 'file-button compact' : 'file-button'}>
      <input
        type="file"
        className="visually-hidden-input"
        accept=".har,.json,.gz,.zhar,.zip,application/json"
        onChange={(e) => {
          const f = e.target.files?.[0]
          if (f) void analyzeFile(f, f.name)
          e.target.value = ''
        }}
      />
      Open HAR file
    </label>
  )
}

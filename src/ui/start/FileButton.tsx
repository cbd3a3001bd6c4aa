import { analyzeFile } from '../engine.ts'

/** The "Open HAR file" input; a second file replaces the first without a reload. */
export function FileButton({ compact = false }: { compact?: boolean }) {
  return (
    <label className={compact ? 'file compact' : 'file'}>
      Open HAR file
      <input
        type="file"
        accept=".har,.json,.gz,.zhar,.zip,application/json"
        onChange={(e) => {
          const f = e.target.files?.[0]
          if (f) void analyzeFile(f, f.name)
          e.target.value = ''
        }}
      />
    </label>
  )
}

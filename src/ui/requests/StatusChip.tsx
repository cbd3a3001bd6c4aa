/** An HTTP status as a coloured chip (2xx, 3xx, 4xx, 5xx, none); `failing` marks an entry a
 * failing finding points at. Text carries the meaning; colour only repeats it. */
export function StatusChip({ status, failing = false }: { status: number; failing?: boolean }) {
  const cls = status === 0 ? 'none' : `s${Math.floor(status / 100)}xx`
  return <span className={`chip ${cls}${failing ? ' failing' : ''}`}>{status === 0 ? 'no response' : status}</span>
}

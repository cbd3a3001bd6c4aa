import { CopyButton } from '../common/CopyButton.tsx'
import { mask } from './secrets.ts'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

interface Props {
  secretNames: ReadonlySet<string>
  reveal: boolean
  highlight: Set<string>
}

function Leaf({ name, value, ...p }: { name: string; value: Json } & Props) {
  const secret = typeof value === 'string' && p.secretNames.has(name.toLowerCase()) && !p.reveal
  const text = typeof value === 'string' ? (secret ? `"${mask(value)}"` : JSON.stringify(value)) : String(value)
  return (
    <li className={p.highlight.has(name.toLowerCase()) ? 'hl' : undefined}>
      <span className="json-key">{name}</span>:{' '}
      <code className={`json-${value === null ? 'null' : typeof value}`}>{text}</code>
      {!secret && <CopyButton text={typeof value === 'string' ? value : String(value)} what={`value of ${name}`} />}
    </li>
  )
}

function Node({ name, value, depth, ...p }: { name: string; value: Json; depth: number } & Props) {
  if (value === null || typeof value !== 'object') return <Leaf name={name} value={value} {...p} />
  const entries: [string, Json][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value)
  const s = entries.length === 1 ? '' : 's'
  const summary = Array.isArray(value) ? `[…] ${entries.length} item${s}` : `{…} ${entries.length} key${s}`
  return (
    <li>
      <details open={depth < 2 && entries.length <= 50}>
        <summary>
          <span className="json-key">{name}</span> <span className="muted">{summary}</span>
        </summary>
        <ul className="json-tree">
          {entries.map(([k, v]) => (
            <Node key={k} name={k} value={v} depth={depth + 1} {...p} />
          ))}
        </ul>
      </details>
    </li>
  )
}

export function parseJson(text: string | null): Json | undefined {
  const t = text?.trim()
  if (!t || !(t.startsWith('{') || t.startsWith('['))) return undefined
  try {
    return JSON.parse(t) as Json
  } catch {
    return undefined
  }
}

/** A collapsible JSON tree like DevTools' preview: objects fold, each value can be copied. */
export function JsonTree({ value, label, ...p }: { value: Json; label: string } & Props) {
  return (
    <ul className="json-tree root" aria-label={label}>
      <Node name={Array.isArray(value) ? 'array' : 'object'} value={value} depth={0} {...p} />
    </ul>
  )
}

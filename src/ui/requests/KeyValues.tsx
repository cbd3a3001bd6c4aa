import { CopyButton } from '../common/CopyButton.tsx'
import { maskValue } from './mask.ts'
import type { EntryExpectations } from './expectations.ts'

/** Name/value rows (headers, parameters): secrets masked until revealed, failing fields marked
 * with what they should have been, a copy button per value. */
export function KeyValues({
  pairs,
  secretNames,
  reveal,
  hints,
  caption,
  missing = [],
}: {
  pairs: readonly (readonly [string, string])[]
  secretNames: ReadonlySet<string>
  reveal: boolean
  hints: EntryExpectations
  caption: string
  /** Fields a failing finding says should be here but are not: shown as rows of their own. */
  missing?: readonly string[]
}) {
  if (!pairs.length && !missing.length) return <p className="muted">No {caption.toLowerCase()}.</p>
  return (
    <table className="kv">
      <caption>{caption}</caption>
      <tbody>
        {pairs.map(([k, v], i) => {
          const key = k.toLowerCase()
          const secret = secretNames.has(key) && !reveal
          const shown = reveal ? v : maskValue(key, v)
          const failing = hints.fields.has(key)
          const expected = failing ? hints.expected.get(key) : undefined
          return (
            <tr key={`${k}-${i}`} className={failing ? 'hl' : undefined}>
              <th scope="row">
                {k}
                {failing && (
                  <span className="fail-mark" title="A failing finding points at this field">
                    {' '}
                    ✗
                  </span>
                )}
              </th>
              <td>
                <code className="value">{shown}</code>
                {expected !== undefined && expected !== v && (
                  <div className="expected">
                    should be <code>{expected}</code>
                  </div>
                )}
              </td>
              <td className="actions">{!secret && <CopyButton text={v} what={`value of ${k}`} />}</td>
            </tr>
          )
        })}
        {missing.map((k) => (
          <tr key={`missing-${k}`} className="hl missing">
            <th scope="row">
              {k}
              <span className="fail-mark"> ✗</span>
            </th>
            <td>
              <span className="expected">
                missing — should be <code>{hints.expected.get(k)}</code>
              </span>
            </td>
            <td className="actions" />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

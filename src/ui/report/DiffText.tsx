import { firstDifference } from '../../core/index.ts'
import { Breakable } from '../common/Breakable.tsx'

/** A value with the part that differs from the reference highlighted, down to the character. */
export function DiffText({ value, reference }: { value: string; reference: string | null }) {
  if (!reference || value === reference)
    return (
      <code>
        <Breakable text={value} />
      </code>
    )
  const at = firstDifference(reference, value)
  if (at < 0)
    return (
      <code>
        <Breakable text={value} />
      </code>
    )
  // Common suffix, so only the differing middle is marked.
  let tail = 0
  while (
    tail < value.length - at &&
    tail < reference.length - at &&
    value[value.length - 1 - tail] === reference[reference.length - 1 - tail]
  )
    tail++
  const mid = value.slice(at, value.length - tail)
  return (
    <code>
      <Breakable text={value.slice(0, at)} />
      <mark title={`differs from ${reference}`}>{mid === '' ? '∅' : <Breakable text={mid} />}</mark>
      <Breakable text={value.slice(value.length - tail)} />
    </code>
  )
}

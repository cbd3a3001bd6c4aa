import { useEffect, useState } from 'react'
import { loadExample } from '../engine.ts'
import { getExamples, type Example } from '../examples.ts'
import { EXAMPLE_GROUPS } from './example-groups.ts'

/** "Try an example", grouped by what each one teaches. */
export function ExampleList() {
  const [examples, setExamples] = useState<Example[]>([])
  useEffect(() => void getExamples().then(setExamples), [])
  const known = new Set(EXAMPLE_GROUPS.flatMap((g) => Object.keys(g.ids)))
  const groups = [
    ...EXAMPLE_GROUPS.map((g) => ({
      title: g.title,
      items: Object.keys(g.ids)
        .flatMap((id) => examples.filter((x) => x.id === id))
        .map((x) => ({ x, teaches: g.ids[x.id]! })),
    })),
    {
      title: 'More examples',
      items: examples.filter((x) => !known.has(x.id)).map((x) => ({ x, teaches: x.description ?? '' })),
    },
  ].filter((g) => g.items.length > 0)
  return (
    <section className="examples" aria-labelledby="examples-title">
      <h3 id="examples-title">Try an example</h3>
      {groups.map((g) => (
        <div key={g.title} className="example-group">
          <h4>{g.title}</h4>
          <ul>
            {g.items.map(({ x, teaches }) => (
              <li key={x.id}>
                <button type="button" onClick={() => void loadExample(x.id)}>
                  {x.title}
                </button>
                {teaches && <p className="muted">{teaches}</p>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

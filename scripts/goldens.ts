// `npm run goldens`: rewrite fixtures/golden/ on purpose, after a change meant to change reports.
// Tests never write goldens; review the diff (`git diff fixtures/golden`) before committing.
import { rmSync, writeFileSync } from 'node:fs'
import { committedGolden, committedGoldenIds, expectedGoldens, goldenPath } from './golden-lib.ts'

const expected = expectedGoldens()
let changed = 0
for (const [id, text] of expected) {
  if (committedGolden(id) === text) continue
  writeFileSync(goldenPath(id), text)
  changed++
  console.log(`wrote ${id}.json`)
}
for (const id of committedGoldenIds()) {
  if (expected.has(id)) continue
  rmSync(goldenPath(id))
  changed++
  console.log(`removed ${id}.json (no story has this id)`)
}
console.log(`${changed} golden file(s) changed, ${expected.size} stories.`)

// Writes the story fixtures as the web app's bundled examples (public/examples). Run with
// `npm run examples`; a unit test fails when the committed files differ from the builder.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exampleFiles } from '../fixtures/builder/examples.ts'

const dir = join(import.meta.dirname, '..', 'public', 'examples')
mkdirSync(dir, { recursive: true })
for (const [name, text] of Object.entries(exampleFiles())) writeFileSync(join(dir, name), text)
console.log(`wrote ${Object.keys(exampleFiles()).length} files to ${dir}`)

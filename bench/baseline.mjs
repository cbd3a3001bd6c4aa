// The baseline the CLI is measured against: read the file and JSON.parse it, nothing else.
import { readFileSync } from 'node:fs'
const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'))
if (!doc.log) process.exit(3)

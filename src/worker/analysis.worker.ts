// The analysis worker: relays messages to an AnalysisSession. Nothing else lives here.
import type { FromWorker, ToWorker } from './protocol.ts'
import { AnalysisSession } from './session.ts'

const session = new AnalysisSession()
const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer)

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data
  if (m.type === 'analyze') void session.analyze(m.requestId, m.file, m.name, post)
  else if (m.type === 'redact') void session.redact(m.requestId, m.file, m.name, post)
  else if (m.type === 'rows') session.allRows(m.requestId, post)
  else if (m.type === 'view') session.view(m.requestId, m.rows, m.query, post)
  else session.entry(m.requestId, m.entry, post)
}

import { useState } from 'react'
import { decodeBase64Text, parseForm, parseQuery } from '../../core/index.ts'
import type { Exchange, Header, RequestRow } from '../../core/index.ts'
import { Tabs, type Tab } from '../common/Tabs.tsx'
import { CopyButton } from '../common/CopyButton.tsx'
import { KeyValues } from './KeyValues.tsx'
import { JsonTree, parseJson } from './JsonTree.tsx'
import { JwtView } from './JwtView.tsx'
import { TimingView } from './TimingView.tsx'
import { bodyView, tokensIn } from './entry-view.ts'
import { SECRET_HEADERS, SECRET_PARAMS } from './secrets.ts'
import { maskBody } from './mask.ts'
import type { EntryExpectations } from './expectations.ts'

const pairsOf = (h: Header[]) => h.map((x) => [x.name, x.value] as const)

interface BodyProps {
  text: string | null
  encoding?: string | null
  label: string
  reveal: boolean
  hints: EntryExpectations
}

function Body({ text, encoding, label, reveal, hints }: BodyProps) {
  const decoded = encoding?.toLowerCase() === 'base64' && text ? decodeBase64Text(text) : text
  const json = parseJson(decoded)
  const pretty = bodyView(text, encoding ?? null)
  if (!pretty) return <p className="muted">No {label.toLowerCase()}.</p>
  // Copy gives the whole body as shown: secrets stay masked until Reveal secrets.
  const copy = <CopyButton text={reveal ? pretty : maskBody(pretty)} what={label.toLowerCase()} label="Copy" />
  if (json !== undefined && (decoded?.length ?? 0) < 200_000) {
    return (
      <>
        <p className="body-actions">{copy}</p>
        <JsonTree value={json} label={label} secretNames={SECRET_PARAMS} reveal={reveal} highlight={hints.fields} />
      </>
    )
  }
  return (
    <>
      <p className="body-actions">{copy}</p>
      <pre aria-label={label}>{reveal ? pretty : maskBody(pretty)}</pre>
    </>
  )
}

/** The tab last chosen, kept from one entry to the next as DevTools does. */
let remembered: string | null = null

interface Props {
  ex: Exchange
  row: RequestRow | null
  reveal: boolean
  hints: EntryExpectations
}

/** Headers / Payload / Response / Timing (and Tokens when the entry carries one), like DevTools. */
export function EntryTabs({ ex, row, reveal, hints }: Props) {
  const [chosen, setChosenState] = useState<string | null>(remembered)
  const setChosen = (id: string) => {
    remembered = id
    setChosenState(id)
  }
  const query = parseQuery(ex.url)
  const contentType = ex.requestHeaders.find((h) => h.name === 'content-type')?.value ?? ''
  const isJson = /json/i.test(contentType) || parseJson(ex.requestBody) !== undefined
  const form = isJson ? [] : parseForm(ex.requestBody)
  const tokens = tokensIn(ex)
  const hit = (names: readonly string[]) => names.some((n) => hints.fields.has(n.toLowerCase()))
  // A parameter a failing finding expects but the request lacks (`resource`, RFC 8707 §2).
  const sentNames = new Set([...query, ...form].map(([k]) => k.toLowerCase()))
  const missing = [...hints.expected.keys()].filter((k) => k !== 'aud' && hints.fields.has(k) && !sentNames.has(k))
  const missingIn = ex.method === 'GET' || !ex.requestBody ? 'query' : 'form'
  const kv = { reveal, hints }
  const tabs: Tab[] = [
    {
      id: 'headers',
      label: 'Headers',
      content: () => (
        <>
          <KeyValues
            caption="Request headers"
            pairs={pairsOf(ex.requestHeaders)}
            secretNames={SECRET_HEADERS}
            {...kv}
          />
          <KeyValues
            caption="Response headers"
            pairs={pairsOf(ex.responseHeaders)}
            secretNames={SECRET_HEADERS}
            {...kv}
          />
        </>
      ),
    },
    {
      id: 'payload',
      label: 'Payload',
      content: () => (
        <>
          <KeyValues
            caption="Query parameters"
            pairs={query}
            secretNames={SECRET_PARAMS}
            {...kv}
            missing={missingIn === 'query' ? missing : []}
          />
          {(form.length > 0 || missingIn === 'form') && (
            <KeyValues
              caption="Form body"
              pairs={form}
              secretNames={SECRET_PARAMS}
              {...kv}
              missing={missingIn === 'form' ? missing : []}
            />
          )}
          {form.length === 0 && ex.requestBody && <Body text={ex.requestBody} label="Request body" {...kv} />}
        </>
      ),
    },
    {
      id: 'response',
      label: 'Response',
      content: () =>
        !ex.responseContent && ex.responseSize ? (
          <p className="muted">
            Not kept: {ex.responseSize.toLocaleString('en')} characters of body text that no check reads (large captures
            are streamed and static bodies skipped).
          </p>
        ) : (
          <Body text={ex.responseContent} encoding={ex.responseEncoding} label="Response body" {...kv} />
        ),
    },
    { id: 'timing', label: 'Timing', content: () => <TimingView ex={ex} row={row} /> },
  ]
  if (tokens.length) {
    tabs.push({
      id: 'tokens',
      label: `Tokens (${tokens.length})`,
      content: () =>
        tokens.map((t) => (
          <JwtView key={t.label} label={t.label} token={t.token} atMs={ex.startedMs} hints={hints} reveal={reveal} />
        )),
    })
  }
  // Open where the evidence is: the token, the parameters or the headers a failing finding names.
  const fallback =
    tokens.length && (hit(['aud', 'iss', 'exp']) || !hints.fields.size)
      ? 'tokens'
      : missing.length || hit([...query, ...form].map(([k]) => k))
        ? 'payload'
        : 'headers'
  const active = tabs.some((t) => t.id === chosen) ? chosen! : fallback
  return <Tabs tabs={tabs} active={active} onChange={setChosen} label={`Entry #${ex.entry}`} />
}

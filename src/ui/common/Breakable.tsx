import { Fragment } from 'react'

/** Long URLs and identifiers wrap after "/", "?", "&", "=", "." or "_" instead of mid-word. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[/?&=._#-])/)
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </>
  )
}

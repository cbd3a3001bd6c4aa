import { useState } from 'react'

/** On a loopback or file:// origin: say the link opens only on this machine, and take the
 * public address of the user's deployment instead (PRODUCT §10: `data-share-warning`). */
export function LocalOriginNote({ base, onChange }: { base: string | null; onChange: (input: string) => boolean }) {
  const [draft, setDraft] = useState(base ?? '')
  const [invalid, setInvalid] = useState(false)
  const save = () => setInvalid(!onChange(draft))
  return (
    <div className="share-warning" data-share-warning="local-origin">
      <p>
        {base ? (
          <>
            Links point at your deployment, <code>{base}</code>, instead of this machine.
          </>
        ) : (
          <>
            <b>This link opens only on this machine</b>: the app runs at{' '}
            <code>{location.protocol === 'file:' ? 'a local file' : location.host}</code>. Set the public address of
            your deployment so others can open it.
          </>
        )}
      </p>
      <form
        className="share-base"
        onSubmit={(e) => {
          e.preventDefault()
          save()
        }}
      >
        <label>
          Public address{' '}
          <input
            type="url"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            aria-invalid={invalid}
            placeholder="https://your-team.github.io/mcp-oauth-har/"
          />
        </label>
        <button type="submit">Use this address</button>
        {base && (
          <button
            type="button"
            onClick={() => {
              setDraft('')
              onChange('')
            }}
          >
            Use this machine
          </button>
        )}
        {invalid && <span role="alert">Enter an http or https address.</span>}
      </form>
    </div>
  )
}

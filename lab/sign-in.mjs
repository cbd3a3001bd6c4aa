// Signs in on an authorization server's own pages the way a user in a browser would: follows
// redirects with a cookie jar and submits each page's form (login, then consent) until the
// authorization server redirects to the client's redirect URI.

function cookieJar() {
  const jar = new Map()
  return {
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
    store: (res) => {
      for (const c of res.headers.getSetCookie?.() ?? []) {
        const [pair] = c.split(';')
        const i = pair.indexOf('=')
        jar.set(pair.slice(0, i), pair.slice(i + 1))
      }
    },
  }
}

/** A consent form as "Allow" submits it: its hidden fields and the submit button's name and value. */
function consentForm(page) {
  const fields = new URLSearchParams()
  for (const m of page.matchAll(/<(?:input|button)\b[^>]*>/g)) {
    const attr = (n) => new RegExp(`\\b${n}="([^"]*)"`).exec(m[0])?.[1]
    const submitted = attr('type') === 'hidden' || attr('type') === 'submit'
    if (attr('name') && submitted) fields.append(attr('name'), attr('value') ?? '')
  }
  return fields.toString()
}

/** Follows the authorization request through login and consent; returns the redirect's query and URL. */
export async function signIn(authorizeUrl, redirectUri) {
  const jar = cookieJar()
  let url = authorizeUrl
  for (let hop = 0; hop < 12; hop++) {
    let res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } })
    if (process.env.LAB_DEBUG) console.error('hop', res.status, url.slice(0, 100), res.headers.get('location'))
    jar.store(res)
    const location = res.headers.get('location')
    if (location?.startsWith(redirectUri)) return Object.assign(new URL(location).searchParams, { location })
    if (location) {
      url = new URL(location, url).href
      continue
    }
    const page = await res.text()
    // Fill the page's form as a user would: any login and password, then "Continue" on consent.
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1]
    if (!action) throw new Error(`no form on ${url}`)
    const form = /name="login"/.test(page) ? 'prompt=login&login=lab-user&password=lab-password' : consentForm(page)
    res = await fetch(new URL(action.replace(/&amp;/g, '&'), url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    })
    if (process.env.LAB_DEBUG) console.error('post', res.status, res.headers.get('location'))
    jar.store(res)
    url = new URL(res.headers.get('location'), url).href
    if (url.startsWith(redirectUri)) return Object.assign(new URL(url).searchParams, { location: url })
  }
  throw new Error('sign-in did not reach the redirect URI')
}

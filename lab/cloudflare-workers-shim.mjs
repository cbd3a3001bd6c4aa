// The one export of the Workers runtime module `cloudflare:workers` that
// @cloudflare/workers-oauth-provider imports: a base class for entrypoints (it keeps ctx and env).
export class WorkerEntrypoint {
  constructor(ctx, env) {
    this.ctx = ctx
    this.env = env
  }
}

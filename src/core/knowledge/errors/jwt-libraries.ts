// What JWT libraries print when an MCP server validates a bearer token: jose and jsonwebtoken (Node),
// PyJWT and Authlib (Python). The message names the failed check, which names the rule; who is at fault
// follows the story (an `aud` mismatch usually means a missing `resource`, not a wrong server).
import { JWT_NODE_ERRORS } from './jwt-node.ts'
import { JWT_PYTHON_ERRORS } from './jwt-python.ts'

// Node rows first, then Python: the catalog matches rows in this order.
export const JWT_LIBRARY_ERRORS = [...JWT_NODE_ERRORS, ...JWT_PYTHON_ERRORS]

// What platform token validators print when an MCP server rejects a bearer token: Microsoft.IdentityModel
// (IDX…, used by ASP.NET and the C# SDK), Spring Security (with Nimbus), go-jose and golang-jwt.
import { JWT_DOTNET_ERRORS } from './jwt-dotnet.ts'
import { JWT_JAVA_GO_ERRORS } from './jwt-java-go.ts'

// IdentityModel rows first, then Spring, go-jose and golang-jwt: the catalog matches rows in this order.
export const JWT_PLATFORM_ERRORS = [...JWT_DOTNET_ERRORS, ...JWT_JAVA_GO_ERRORS]

/**
 * The one header through which the app learns the connection's address. Our server entry
 * (server/next/serve.mjs) sets it from the socket for every request, after deleting whatever a
 * client sent under that name; nothing else may set it. Plain JavaScript: the entry runs on
 * node without a TypeScript loader.
 */
export const CLIENT_ADDRESS_HEADER = "x-nianbao-client-address";

/**
 * Replaces any inbound copy of the header (in `headers` and in `rawHeaders`, whatever its case)
 * with the socket's remote address.
 * @param {import("node:http").IncomingMessage} req
 */
export function adoptClientAddress(req) {
  const address = req.socket?.remoteAddress ?? "";
  for (const name of Object.keys(req.headers)) if (name.toLowerCase() === CLIENT_ADDRESS_HEADER) delete req.headers[name];
  const raw = [];
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i].toLowerCase() !== CLIENT_ADDRESS_HEADER) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  raw.push(CLIENT_ADDRESS_HEADER, address);
  req.rawHeaders = raw;
  req.headers[CLIENT_ADDRESS_HEADER] = address;
}

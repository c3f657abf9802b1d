/**
 * The app's server entry (npm start, the demo, the browser tests, bench:save): Next's request
 * handler behind a plain node:http server that stamps each request with the socket's address
 * (client-address.mjs), which `next start` never hands to route handlers. Takes `next start`'s
 * -H/--hostname and -p/--port (and HOST/PORT). A later move to several processes adds Node's
 * cluster here.
 */
import http from "node:http";
import { parseArgs } from "node:util";
import { adoptClientAddress } from "./client-address.mjs";

// What `next start` does: a production server runs with NODE_ENV=production (set before Next loads).
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
  allowPositionals: false,
});
const hostname = values.hostname ?? process.env.HOST ?? "0.0.0.0";
const port = Number(values.port ?? process.env.PORT ?? 3000);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  adoptClientAddress(req);
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`▲ Nianbao ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (Ready)`);
});

const stop = () => server.close(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);

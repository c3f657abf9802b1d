import type { IncomingMessage } from "node:http";

export declare const CLIENT_ADDRESS_HEADER: "x-nianbao-client-address";
export declare function adoptClientAddress(req: IncomingMessage): void;

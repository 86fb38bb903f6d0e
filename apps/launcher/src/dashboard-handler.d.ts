// adapter-node's build output has no types of its own.
declare module '@aiwatch/dashboard/handler' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export const handler: (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
}

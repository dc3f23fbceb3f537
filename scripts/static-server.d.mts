import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Reply {
  status?: number;
  /** The content type; by default the one the URL path's extension names. */
  type?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}
/** A file path, a reply, or a function of the request that gives either. */
export type Route =
  | string
  | Reply
  | ((
      request: IncomingMessage,
    ) => string | Reply | undefined | Promise<string | Reply | undefined>);

export interface ServeOptions {
  root?: string;
  routes?: Record<string, Route>;
  headers?: (pathname: string) => Record<string, string>;
  transform?: (body: Buffer, file: string) => string | Buffer | Promise<string | Buffer>;
  compress?: boolean;
  port?: number;
}
export interface Served {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  close(): Promise<void>;
}
/** The content type for a path; a folder (`/wordpress/`) is a page. */
export function contentType(path: string): string;
/** Routes for the script-tag files in `dir` (the loader and the files beside it), under `prefix`. */
export function scriptRoutes(dir: string, prefix?: string): Record<string, string>;
/** The request listener `serve` runs, for a server of the caller's own. */
export function handler(
  options?: Omit<ServeOptions, 'port'>,
): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
/** Serves a folder and routes on 127.0.0.1; see static-server.mjs. */
export function serve(options?: ServeOptions): Promise<Served>;

import type { Notice } from '../model/notice.types.js';
import { schema } from '../model/schema.generated.js';
import { validate } from '../model/validate.js';
import { pageBaseURI } from './dom.js';

/** Why a notice file could not be used. */
export class NoticeLoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly path?: string,
  ) {
    super(`[clinic-notice] cannot use the notice file ${url}: ${reason}`);
  }
}

/** Settings the tests shorten. */
export const loaderSettings = {
  /** A notice file that has not arrived by then is given up (and the page's content stays). */
  timeoutMs: 10_000,
  /** A notice is a few dozen kilobytes; anything this large is not one. */
  maxBytes: 1_000_000,
};

const requests = new Map<string, Promise<Notice>>();

/**
 * The notice at `src`, fetched once per page however many elements name it (the URL is resolved
 * against the page first, so `/notice.json` and `notice.json` on the home page are one request).
 * A failure is remembered too, and logged once.
 *
 * `src` must be on the page's own origin, or on `allowedOrigin`, the one other origin the page
 * names (`src-origin`); `data:` and `blob:` URLs are refused, so is anything but http(s).
 */
export function loadNotice(src: string, allowedOrigin?: string): Promise<Notice> {
  let url: URL;
  try {
    url = new URL(src, pageBaseURI());
  } catch {
    return refuse(
      new NoticeLoadError(src, "it is not a valid address; give the notice file's URL in src"),
    );
  }
  const own = url.origin === location.origin;
  // A refusal depends on the element's opt-in, so the opt-in is part of the key for other sites.
  const key = own ? url.href : `${url.href} ${allowedOrigin ?? ''}`;
  let request = requests.get(key);
  if (!request) {
    const refusal = refusalOf(url, allowedOrigin);
    request = refusal
      ? Promise.reject(new NoticeLoadError(url.href, refusal))
      : fetchNotice(url.href);
    request.catch((error: NoticeLoadError) => console.error(error.message));
    requests.set(key, request);
  }
  return request;
}

function refuse(error: NoticeLoadError): Promise<never> {
  console.error(error.message);
  return Promise.reject(error);
}

/** Why `url` may not be fetched from this page, or `undefined` when it may. */
function refusalOf(url: URL, allowedOrigin: string | undefined): string | undefined {
  if (url.protocol === 'data:' || url.protocol === 'blob:') {
    return `${url.protocol} URLs are not accepted; publish the notice as a .json file on ${location.origin} and give its address in src`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `only http(s) addresses are accepted, not ${url.protocol}; publish the notice as a .json file on ${location.origin}`;
  }
  if (url.origin === location.origin) return undefined;
  if (allowedOrigin !== undefined) {
    const allowed = originOf(allowedOrigin);
    if (!allowed) {
      return `src-origin="${allowedOrigin}" is not an origin; write the scheme and host only, like src-origin="https://notices.vendor.example"`;
    }
    if (allowed === url.origin) return undefined;
    return `it is on ${url.origin}, but src-origin names ${allowed}; make them the same site`;
  }
  return `it is on another site (${url.origin}); serve the file from ${location.origin}, or, when another site hosts it on purpose, name that site with src-origin="${url.origin}" (its server must then allow ${location.origin} by CORS)`;
}

/** `https://host[:port]` from an attribute value, or `undefined` when it is anything more. */
function originOf(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  return bare && web ? url.origin : undefined;
}

/** Forgets every request, for tests. @internal */
export function forgetNotices(): void {
  requests.clear();
}

/** Checks an object against the schema: the first problem as a `NoticeLoadError`, or the notice. */
export function validNotice(value: unknown, url: string): Notice {
  const [problem] = validate(value, schema);
  if (problem) {
    throw new NoticeLoadError(
      url,
      `${problem.path} ${problem.message}; check the file against notice.schema.json or run npx clinic-notice check`,
      problem.path,
    );
  }
  return value as Notice;
}

/**
 * Whether a `Content-Type` names JSON: `application/json`, `text/json`, or any type whose subtype
 * ends in `+json` (the WHATWG "JSON MIME type").
 */
function isJsonType(contentType: string | null): boolean {
  const essence = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return (
    essence === 'application/json' ||
    essence === 'text/json' ||
    /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+\+json$/.test(essence)
  );
}

async function fetchNotice(url: string): Promise<Notice> {
  const controller = new AbortController();
  const seconds = loaderSettings.timeoutMs / 1000;
  const timer = setTimeout(() => controller.abort(), loaderSettings.timeoutMs);
  let response: Response | undefined;
  try {
    try {
      response = await fetch(url, {
        signal: controller.signal,
        // Cookies go to the page's own origin only; another site gets a plain CORS request.
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch {
      throw new NoticeLoadError(
        url,
        controller.signal.aborted
          ? `no answer within ${seconds} seconds`
          : 'the request failed (offline, blocked, or another site without CORS)',
      );
    }
    if (new URL(response.url || url).origin !== new URL(url).origin) {
      throw new NoticeLoadError(
        url,
        `it redirects to another site (${response.url}); serve the file from ${new URL(url).origin}`,
      );
    }
    if (!response.ok) {
      throw new NoticeLoadError(url, `the server answered ${response.status}; check the address`);
    }
    const type = response.headers.get('content-type');
    if (!isJsonType(type)) {
      throw new NoticeLoadError(
        url,
        `it is served as ${type ? `"${type}"` : 'no content type'}, not JSON; have the server send it with Content-Type: application/json`,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > loaderSettings.maxBytes) throw tooLarge(url);
    const text = await readText(response, controller, url, seconds);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new NoticeLoadError(url, `it is not valid JSON (${(error as Error).message})`);
    }
    return validNotice(data, url);
  } catch (error) {
    // Whatever went wrong, nothing more is downloaded.
    controller.abort();
    if (response?.body && !response.body.locked) response.body.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text, read chunk by chunk and counted in bytes: past `maxBytes` the download is
 * stopped there and then, so a huge or endless answer costs the patient's phone about 1 MB.
 */
async function readText(
  response: Response,
  controller: AbortController,
  url: string,
  seconds: number,
): Promise<string> {
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  // The time-out also ends a body that ignores the signal.
  const stop = () => void reader.cancel().catch(() => {});
  controller.signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch {
        throw new NoticeLoadError(
          url,
          controller.signal.aborted
            ? `the file did not arrive whole within ${seconds} seconds`
            : 'the download broke off before the file arrived whole',
        );
      }
      if (controller.signal.aborted) {
        throw new NoticeLoadError(url, `the file did not arrive whole within ${seconds} seconds`);
      }
      if (chunk.done) break;
      bytes += chunk.value.byteLength;
      if (bytes > loaderSettings.maxBytes) throw tooLarge(url);
      parts.push(decoder.decode(chunk.value, { stream: true }));
    }
  } catch (error) {
    stop();
    throw error;
  } finally {
    controller.signal.removeEventListener('abort', stop);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function tooLarge(url: string): NoticeLoadError {
  return new NoticeLoadError(
    url,
    `it is larger than ${loaderSettings.maxBytes / 1_000_000} MB, far more than a notice needs`,
  );
}

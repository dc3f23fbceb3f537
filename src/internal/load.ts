import type { Notice } from '../model/notice.types.js';
import { schema } from '../model/schema.generated.js';
import { validate } from '../model/validate.js';
import { pageBaseURI } from './dom.js';

import { NoticeLoadError } from './load-error.js';

export { NoticeLoadError };

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
export function loadNotice(src: string, allowedOrigin = ''): Promise<Notice> {
  let url: URL | undefined;
  try {
    url = new URL(src, pageBaseURI());
  } catch {
    // Refused below.
  }
  const href = url?.href ?? src;
  // A refusal depends on the element's opt-in, so the opt-in is part of the key for other sites.
  const key = url?.origin === location.origin ? href : `${href} ${allowedOrigin}`;
  let request = requests.get(key);
  if (!request) {
    const refusal = refusalOf(url, allowedOrigin);
    request = refusal ? Promise.reject(new NoticeLoadError(href, refusal)) : fetchNotice(href);
    request.catch((error: NoticeLoadError) => console.error(error.message));
    requests.set(key, request);
  }
  return request;
}

/** Why `url` may not be fetched from this page, or `undefined` when it may. */
function refusalOf(url: URL | undefined, allowedOrigin: string): string | undefined {
  const here = location.origin;
  if (!url) return 'src is not a URL; give the address of the notice file';
  if (!/^https?:$/.test(url.protocol)) {
    return `${url.protocol} URLs are not accepted; publish the notice as a .json file on ${here}`;
  }
  if (url.origin === here) return undefined;
  if (!allowedOrigin) {
    return `it is on another site (${url.origin}); serve it from ${here}, or name that site in src-origin="${url.origin}" (it must allow ${here} by CORS)`;
  }
  const allowed = originOf(allowedOrigin);
  if (!allowed) {
    return `src-origin="${allowedOrigin}" is not an origin; give the scheme and host only, like https://notices.vendor.example`;
  }
  if (allowed !== url.origin) {
    return `it is on ${url.origin}, not on ${allowed} that src-origin names`;
  }
  return undefined;
}

/** `https://host[:port]` from an attribute value, or `undefined` when it is anything more. */
function originOf(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (/^https?:$/.test(url.protocol) && url.href === `${url.origin}/`) return url.origin;
  } catch {
    // Not a URL at all.
  }
  return undefined;
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
 * A JSON MIME type (WHATWG): `application/json`, `text/json`, or any type whose subtype ends in
 * `+json`, with or without parameters.
 */
const JSON_TYPE = /^\s*(application\/json|text\/json|[\w.!#$&^+-]+\/[\w.!#$&^+-]+\+json)\s*(;|$)/i;

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
    if (!JSON_TYPE.test(type ?? '')) {
      throw new NoticeLoadError(
        url,
        `it is served as ${type ? `"${type}"` : 'no content type'}, not JSON; serve it as application/json`,
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
      let chunk: Awaited<ReturnType<typeof reader.read>> | undefined;
      try {
        chunk = await reader.read();
      } catch {
        // Told apart below.
      }
      if (!chunk || controller.signal.aborted) {
        throw new NoticeLoadError(
          url,
          controller.signal.aborted
            ? `the file did not arrive whole within ${seconds} seconds`
            : 'the download broke off before the file arrived whole',
        );
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

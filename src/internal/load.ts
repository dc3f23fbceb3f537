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
 */
export function loadNotice(src: string): Promise<Notice> {
  const url = new URL(src, pageBaseURI()).href;
  let request = requests.get(url);
  if (!request) {
    request = fetchNotice(url);
    request.catch((error: NoticeLoadError) => console.error(error.message));
    requests.set(url, request);
  }
  return request;
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

async function fetchNotice(url: string): Promise<Notice> {
  const controller = new AbortController();
  const seconds = loaderSettings.timeoutMs / 1000;
  const timer = setTimeout(() => controller.abort(), loaderSettings.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
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
    const declared = Number(response.headers.get('content-length'));
    if (declared > loaderSettings.maxBytes) throw tooLarge(url);
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw new NoticeLoadError(url, `the file did not arrive whole within ${seconds} seconds`);
    }
    if (text.length > loaderSettings.maxBytes) throw tooLarge(url);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new NoticeLoadError(url, `it is not valid JSON (${(error as Error).message})`);
    }
    return validNotice(data, url);
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(url: string): NoticeLoadError {
  return new NoticeLoadError(
    url,
    `it is larger than ${loaderSettings.maxBytes / 1_000_000} MB, far more than a notice needs`,
  );
}

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

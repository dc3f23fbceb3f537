/**
 * Whether this build explains what is wrong to the people who write notices and pages: the
 * authoring warnings in the console and the readers' reasons in words. True in the npm build,
 * the development script file and the checker; the production script file is built with
 * `__CLINIC_NOTICE_DEV__` defined as `false`, and the minifier drops every branch it guards
 * (as Lit's own production build drops its development warnings).
 */
declare const __CLINIC_NOTICE_DEV__: boolean | undefined;

export const DEV: boolean =
  typeof __CLINIC_NOTICE_DEV__ === 'undefined' ? true : __CLINIC_NOTICE_DEV__;

/**
 * A sentence that tells an author why something was refused: `why\`The number has …\``. The
 * checker and the authoring warnings print it; an element only tests whether there is one. The
 * production script file, which prints none, writes each as the mark `'!'` (see vite.config.ts).
 */
export function why(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, text, index) => `${out}${String(values[index - 1])}${text}`);
}

/** A console warning that names the element and says what to change. */
export function warn(tag: string, message: string): void {
  console.warn(`[clinic-notice] <${tag}>: ${message}`);
}

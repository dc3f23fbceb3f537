/** The script files each page downloads, by page: see size.mjs. */
export const PAGE_FILES: Record<'banner page' | 'all-elements page' | 'notice-file page', string[]>;
export function closure(files: string[]): string[];
export function importsOf(file: string): { static: string[]; dynamic: string[] };
declare const config: { name: string; path: string[]; limit?: string }[];
export default config;

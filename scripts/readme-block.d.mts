/** Markdown as Prettier lays it out in the README. */
export function markdown(text: string): Promise<string>;
/** `readme` with each block (by name) between its markers. */
export function withBlocks(readme: string, blocks: Record<string, string>): string;
/** Puts the blocks in README.md, and says whether that changed it. */
export function rewriteReadme(blocks: Record<string, string>, source: string): Promise<void>;

/** The README's check examples, Markdown, by block name: see check-example.mjs. */
export function checkExamples(): Promise<Record<string, string>>;

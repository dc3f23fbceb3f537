export function rulesTable(): Promise<string>;
export function withRulesTable(readme: string, table: string): string;

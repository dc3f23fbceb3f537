/**
 * The order in which findings are reported: errors first, then warnings, then notes; each in the order of the
 * file as the schema lays it out (fields in schema order, list items by index, steps and questions
 * by their place in the main text, translations in file order). Findings at the same place keep
 * the order the rules ran in.
 */
import type { Notice } from '../notice.types.js';
import { segments } from '../paths.js';
import { schema } from '../schema.generated.js';
import type { Schema } from '../validate.js';
import type { Finding } from './rules.js';
import { definition } from './walk.js';

export function sortFindings(findings: Finding[], n: Notice): Finding[] {
  const places = new Map<string, number>();
  const rank = (key: string) => {
    if (!places.has(key)) places.set(key, places.size);
  };
  n.sections?.whatYouCanDo?.steps?.forEach((step) => rank(step.id));
  n.faq?.forEach((item) => rank(item.id));
  Object.keys(n.translations ?? {}).forEach(rank);

  const keyOf = (path: string): number[] => {
    const key: number[] = [];
    let node: Schema | undefined = schema;
    for (const segment of segments(path)) {
      while (node?.$ref) node = definition(node.$ref);
      if (typeof segment === 'number') {
        key.push(segment);
        node = node?.items;
        continue;
      }
      const index = Object.keys(node?.properties ?? {}).indexOf(segment);
      if (index >= 0) {
        key.push(index);
        node = node!.properties![segment];
      } else {
        key.push(1_000 + (places.get(segment) ?? 1_000_000));
        node =
          typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined;
      }
    }
    return key;
  };
  const keys = new Map(findings.map((finding) => [finding, keyOf(finding.path)]));
  const severity = (finding: Finding) => ['error', 'warning', 'note'].indexOf(finding.severity);
  return [...findings].sort((a, b) => {
    if (severity(a) !== severity(b)) return severity(a) - severity(b);
    const [x, y] = [keys.get(a)!, keys.get(b)!];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  });
}

/**
 * Checks a value against notice.schema.json. It reads the schema itself (the generated copy
 * without descriptions), so the published schema is the only definition of the format; it knows
 * the keywords that schema uses and no others. The elements and the checker share it, and the
 * tests hold it to Ajv's verdict on the same files.
 *
 * It is the gate before anything reads the text: the limits (`maxLength`, `maxItems`,
 * `maxProperties`) are checked first, a string's length before its pattern, and the items of a list
 * that is too long are not visited, so a hostile file costs time in proportion to its size.
 */
import { isCalendarDate } from './dates.js';
import { join, segments } from './paths.js';

export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  $defs?: Record<string, Schema>;
}

/** One way the value breaks the schema: where (`dates.noticeDate`, `faq[2].answer`) and how. */
export interface SchemaProblem {
  path: string;
  message: string;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/**
 * The entry `name` of a map that is the object's own: never one it inherits, so that a field named
 * `__proto__`, `constructor` or `toString` is a field the schema does not know, as it is to Ajv.
 */
export function own<T>(map: Record<string, T> | undefined, name: string): T | undefined {
  return map && Object.hasOwn(map, name) ? map[name] : undefined;
}

/** Every way `value` breaks `schema`, in document order; empty when it is valid. */
export function validate(value: unknown, schema: Schema, root: Schema = schema): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  visit(value, schema, '', root, problems);
  return problems;
}

/** How a message names a key that its map's `propertyNames` refuses, by the definition it names. */
const KEY_FORMS: Record<string, string> = {
  languageTag: 'a language tag such as "es" or "es-MX"',
  id: 'an id: letters, digits, ".", "_" and "-", starting with a letter or a digit',
  questionId: 'a question id: letters, digits, "_" and "-", starting with a letter',
};

/** How a message names a string of a definition: "longer than the 500 characters a URL may hold". */
const NOUNS: Record<string, string> = {
  text: 'a text field',
  shortText: 'a one-line field',
  url: 'a URL',
  phone: 'a phone number',
  email: 'an email address',
  id: 'an id',
  questionId: 'a question id',
  languageTag: 'a language tag',
};

const defName = (ref: string) => ref.replace('#/$defs/', '');

/** A value as a message quotes it: at most 60 characters of it. */
function quote(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
const count = (n: number) => n.toLocaleString('en-US');

/** A field as a message names it when no definition does: "the summary". */
function fieldName(path: string): string {
  const last = segments(path).at(-1);
  return typeof last === 'string' ? `the ${last}` : 'this field';
}

/** The number of characters (Unicode code points, as Ajv counts them) in `text`, in one pass. */
function characters(text: string): number {
  let surrogatePairs = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogatePairs++;
        at++;
      }
    }
  }
  return text.length - surrogatePairs;
}

const patterns = new Map<string, RegExp>();
function matches(pattern: string, text: string): boolean {
  let compiled = patterns.get(pattern);
  if (!compiled) patterns.set(pattern, (compiled = new RegExp(pattern, 'u')));
  return compiled.test(text);
}

/**
 * Checks `value` against `schema` at `path`. `def` is the definition `schema` came from through a
 * `$ref` (`text`, `url`), which names the value in a message about its length.
 */
function visit(
  value: unknown,
  schema: Schema,
  path: string,
  root: Schema,
  out: SchemaProblem[],
  def?: string,
) {
  const at = path || '(the notice)';
  if (schema.$ref) {
    const name = defName(schema.$ref);
    const target = own(root.$defs, name);
    // What sits beside the `$ref` applies too, first: a summary is a text field, and shorter.
    const before = out.length;
    visit(value, { ...schema, $ref: undefined }, path, root, out);
    if (target && out.length === before) visit(value, target, path, root, out, name);
    return;
  }
  const kind = kindOf(value);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const fits = types.some((type) => type === kind || (type === 'number' && kind === 'integer'));
    if (!fits) {
      const wanted = types.map((type) => ARTICLE[type] ?? type).join(' or ');
      out.push({ path: at, message: `should be ${wanted}, not ${ARTICLE[kind] ?? kind}` });
      return;
    }
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const choices = schema.enum.map((choice) => JSON.stringify(choice)).join(', ');
    out.push({ path: at, message: `should be one of ${choices}, not ${quote(value)}` });
    return;
  }
  if (typeof value === 'string') {
    const { minLength, maxLength } = schema;
    const length = () => characters(value);
    if (maxLength !== undefined && value.length > maxLength && length() > maxLength) {
      const noun = (def && own(NOUNS, def)) ?? fieldName(path);
      out.push({
        path: at,
        message: `is longer than the ${count(maxLength)} characters ${noun} may hold (it has ${count(length())})`,
      });
    } else if (minLength !== undefined && value.length < 2 * minLength && length() < minLength) {
      out.push({ path: at, message: 'should not be empty' });
    } else if (schema.format === 'date' && !isCalendarDate(value)) {
      out.push({ path: at, message: `should be a date written YYYY-MM-DD, not ${quote(value)}` });
    } else if (schema.pattern && !matches(schema.pattern, value)) {
      out.push({
        path: at,
        message: `${quote(value)} is not in the expected form (${schema.pattern})`,
      });
    }
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    out.push({ path: at, message: `should be at least ${schema.minimum}` });
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      out.push({
        path: at,
        message: `has ${count(value.length)} items, more than the ${count(schema.maxItems)} this list may hold`,
      });
      return;
    }
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      out.push({ path: at, message: `should list at least ${schema.minItems}` });
    }
    if (schema.items)
      value.forEach((item, index) => visit(item, schema.items!, join(path, index), root, out));
  }
  if (kind === 'object') {
    const object = value as Record<string, unknown>;
    const entries = Object.keys(object).length;
    if (schema.maxProperties !== undefined && entries > schema.maxProperties) {
      out.push({
        path: at,
        message: `has ${count(entries)} entries, more than the ${count(schema.maxProperties)} this field may hold`,
      });
      return;
    }
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(object, name)) out.push({ path: join(path, name), message: 'is missing' });
    }
    for (const [name, child] of Object.entries(object)) {
      const childPath = join(path, name);
      const known = own(schema.properties, name);
      if (schema.propertyNames && validate(name, schema.propertyNames, root).length) {
        const ref = schema.propertyNames.$ref;
        const form = (ref && own(KEY_FORMS, defName(ref))) ?? 'a name allowed here';
        out.push({ path: childPath, message: `${quote(name)} is not ${form}` });
      } else if (known) {
        visit(child, known, childPath, root, out);
      } else if (schema.additionalProperties === false) {
        out.push({ path: childPath, message: `is not a field here; check its spelling` });
      } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        visit(child, schema.additionalProperties, childPath, root, out);
      }
    }
  }
}

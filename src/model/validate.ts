/**
 * Checks a value against notice.schema.json. It reads the schema itself (the generated copy
 * without descriptions), so the published schema is the only definition of the format; it knows
 * the keywords that schema uses and no others. The elements and the checker share it, and the
 * tests hold it to Ajv's verdict on the same files.
 */
import { isCalendarDate } from './dates.js';
import { join } from './paths.js';

export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
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

const defName = (ref: string) => ref.replace('#/$defs/', '');

function visit(value: unknown, schema: Schema, path: string, root: Schema, out: SchemaProblem[]) {
  const at = path || '(the notice)';
  if (schema.$ref) {
    const target = own(root.$defs, defName(schema.$ref));
    if (target) visit(value, target, path, root, out);
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
    out.push({ path: at, message: `should be one of ${choices}, not ${JSON.stringify(value)}` });
    return;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) {
      out.push({ path: at, message: 'should not be empty' });
    } else if (schema.format === 'date' && !isCalendarDate(value)) {
      out.push({ path: at, message: `should be a date written YYYY-MM-DD, not "${value}"` });
    } else if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
      out.push({ path: at, message: `"${value}" is not in the expected form (${schema.pattern})` });
    }
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    out.push({ path: at, message: `should be at least ${schema.minimum}` });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      out.push({ path: at, message: `should list at least ${schema.minItems}` });
    }
    if (schema.items)
      value.forEach((item, index) => visit(item, schema.items!, join(path, index), root, out));
  }
  if (kind === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(object, name)) out.push({ path: join(path, name), message: 'is missing' });
    }
    for (const [name, child] of Object.entries(object)) {
      const childPath = join(path, name);
      const known = own(schema.properties, name);
      if (schema.propertyNames && validate(name, schema.propertyNames, root).length) {
        const ref = schema.propertyNames.$ref;
        const form = (ref && own(KEY_FORMS, defName(ref))) ?? 'a name allowed here';
        out.push({ path: childPath, message: `"${name}" is not ${form}` });
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

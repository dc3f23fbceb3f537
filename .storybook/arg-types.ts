/**
 * Storybook's Controls and args tables, from custom-elements.json: one row per public property
 * (its attribute named in the row), with the control its type calls for; then the events, slots,
 * parts, custom states and custom properties, each under its own key so that a part or a slot
 * named like a property (`heading`, `phone`) never takes the property's row. Storybook's own
 * reader keys every row by its bare name and gives a property of type `string | undefined` an
 * object editor; this one does not.
 *
 * Custom properties get a control too: the scheme decorator in preview.ts sets them on the
 * story's canvas, so a designer can tune the palette in place.
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface Item {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  kind?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssStates?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const CATEGORY = {
  properties: 'properties',
  events: 'events',
  slots: 'slots',
  parts: 'css shadow parts',
  states: 'css custom states',
  custom: 'css custom properties',
} as const;

/** The control for a property of this TypeScript type, and a union of strings' options. */
export function controlFor(type = ''): Pick<InputType, 'control' | 'options'> {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length && parts.every((part) => /^'[^']*'$/.test(part)))
    return { control: { type: 'inline-radio' }, options: parts.map((part) => part.slice(1, -1)) };
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' } };
  if (parts.length === 1 && parts[0] === 'number') return { control: { type: 'number' } };
  if (parts.length === 1 && parts[0] === 'string') return { control: { type: 'text' } };
  return { control: { type: 'object' } };
}

function row(
  name: string,
  category: string,
  item: Item,
  control: InputType['control'],
  extra = '',
): InputType {
  return {
    name,
    description: [item.description, extra].filter(Boolean).join('\n\n'),
    control,
    table: {
      category,
      type: item.type?.text ? { summary: item.type.text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
  };
}

/** The declaration of `tagName` in the manifest, or undefined. */
function declarationOf(manifest: Manifest, tagName: string): Declaration | undefined {
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName === tagName) return declaration;
  return undefined;
}

/** The rows of `tagName`'s public API; empty when the manifest does not know the tag. */
export function argTypesFor(manifest: Manifest, tagName: string): ArgTypes {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const rows: ArgTypes = {};
  // The manifest holds public members only (custom-elements-manifest.config.mjs drops the rest).
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static) continue;
    const { control, options } = controlFor(member.type?.text);
    rows[member.name] = {
      ...row(
        member.name,
        CATEGORY.properties,
        member,
        control,
        member.attribute
          ? `Attribute: \`${member.attribute}\`.`
          : 'A property only: set it from script.',
      ),
      ...(options ? { options } : {}),
    };
  }
  for (const event of declaration.events ?? []) {
    const handler = `on${event.name.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;
    rows[handler] = { name: handler, action: event.name, table: { disable: true } };
    rows[`event:${event.name}`] = row(event.name, CATEGORY.events, event, false);
  }
  for (const slot of declaration.slots ?? [])
    rows[`slot:${slot.name || '(default)'}`] = row(
      slot.name || '(default)',
      CATEGORY.slots,
      slot,
      false,
    );
  for (const part of declaration.cssParts ?? [])
    rows[`part:${part.name}`] = row(part.name, CATEGORY.parts, part, false);
  for (const state of declaration.cssStates ?? [])
    rows[`state:${state.name}`] = row(state.name, CATEGORY.states, state, false);
  for (const property of declaration.cssProperties ?? [])
    rows[property.name] = row(property.name, CATEGORY.custom, property, {
      type: /color|accent|background/.test(property.name) ? 'color' : 'text',
    });
  return rows;
}

/**
 * A property the story's markup does not bind keeps its row but loses its control: a control
 * that changes nothing on the canvas would mislead. Custom properties always keep theirs.
 */
export function withoutIdleControls(argTypes: ArgTypes, initialArgs: object): ArgTypes {
  const rows: ArgTypes = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const idle = argType.table?.category === CATEGORY.properties && !(key in initialArgs);
    rows[key] = idle ? { ...argType, control: false } : argType;
  }
  return rows;
}

/** The custom properties among a story's args, as declarations for a `style` attribute. */
export function customPropertyStyle(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(
      ([name, value]) =>
        name.startsWith('--') && typeof value === 'string' && value && !/[;{}]/.test(value),
    )
    .map(([name, value]) => `${name}: ${value as string}`)
    .join(';');
}

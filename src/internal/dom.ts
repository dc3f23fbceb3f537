/**
 * The page's document read through the DOM's own prototypes, never through `document.x`.
 *
 * Named access on `document` wins over its own properties: a page that holds
 * `<img name="baseURI">` (or a `<form>`, `<embed>`, `<object>` or `<iframe>` with that name) makes
 * `document.baseURI` that element, and `<img name="querySelectorAll">` makes
 * `document.querySelectorAll` one too. A clinic's CMS can put such markup on any page, so the
 * elements take what they need from `Node.prototype` and `Document.prototype`, which no markup
 * can shadow. (`window.x` and `location` are safe: named access on the window never hides a
 * property the window already has.)
 */
// From lit-html's own small module: the notice-file support (load.ts) reads the page through this
// file, and must not bring Lit along when it is loaded on its own.
import { isServer } from 'lit-html/is-server.js';

function getter<T>(proto: object, name: string): (this: Document) => T {
  return Object.getOwnPropertyDescriptor(proto, name)!.get as (this: Document) => T;
}

/**
 * On the server (Lit's DOM shim: no `Node`, a `Document` without these getters) there is no page
 * to read, and nothing that renders there reads it: the readers are not captured, and throw if
 * anything ever calls them.
 */
const noPage = (): never => {
  throw new Error('[clinic-notice] there is no page on the server');
};

const baseURI = isServer ? noPage : getter<string>(Node.prototype, 'baseURI');
const activeElement = isServer
  ? noPage
  : getter<Element | null>(Document.prototype, 'activeElement');
const documentElement = isServer
  ? noPage
  : getter<HTMLElement | null>(Document.prototype, 'documentElement');
const querySelector = Document.prototype.querySelector;
const querySelectorAll = Document.prototype.querySelectorAll;

/** The URL that relative addresses on the page resolve against (`<base href>` included). */
export const pageBaseURI = (): string => baseURI.call(document);

/** The page's focused element, or `<body>`, or `null`. */
export const pageActiveElement = (): Element | null => activeElement.call(document);

/** The page's `<html>` element. */
export const pageRoot = (): HTMLElement | null => documentElement.call(document);

/** `document.querySelector`, whatever the page names its images and forms. */
export function pageQuery<E extends Element = Element>(selectors: string): E | null {
  return querySelector.call(document, selectors) as E | null;
}

/** `document.querySelectorAll`, whatever the page names its images and forms. */
export function pageQueryAll<E extends Element = Element>(selectors: string): NodeListOf<E> {
  return querySelectorAll.call(document, selectors) as NodeListOf<E>;
}

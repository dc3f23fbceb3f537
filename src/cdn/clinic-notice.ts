/**
 * The script-tag file for every element: Lit's hydration support first (it must run before Lit
 * defines `LitElement`), so that elements pre-rendered by `clinic-notice render` keep the HTML
 * the server wrote instead of drawing it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from '../index.js';

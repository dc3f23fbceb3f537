/** The script-tag file for a page with only the banner, with Lit's hydration support first. */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from '../notice-banner/notice-banner.js';

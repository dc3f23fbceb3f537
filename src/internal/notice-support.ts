/**
 * Fetching a notice file and checking it against the schema (load.ts), loaded only by a page
 * whose elements are given a `src` or a `notice` object (see notice-source.ts). A banner given
 * its words as attributes, and a page pre-rendered by `clinic-notice render`, never download it.
 */
export { loadNotice, validNotice } from './load.js';

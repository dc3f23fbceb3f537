import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { LANGUAGES } from '../stories/sample.js';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { argTypesFor, customPropertyStyle, withoutIdleControls } from './arg-types.js';
import { SchemeDocsContainer } from './docs-scheme.js';

// Docs tables (properties, events, slots, parts, states, custom properties) come from the same
// custom-elements.json that ships in the package, read by ./arg-types.ts.
setCustomElementsManifest(manifest);

/**
 * The "clinic brand" theme: every element's custom properties set to a non-default palette, in
 * light and dark.
 */
const ACCENT = 'light-dark(#5b2a86, #d7b8f3)';
const TINT = 'light-dark(#f4eefa, #2a1a3a)';
const LINE = 'light-dark(#8f6bb3, #8f6bb3)';
/**
 * A serif stack that every system has a face of (Georgia alone falls back to a Times-like
 * default where it is not installed, as on most Linux machines).
 */
const SERIF =
  "Charter, 'Bitstream Charter', 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'DejaVu Serif', 'Noto Serif', serif";
const BRAND = `
  --notice-banner-accent: ${ACCENT}; --notice-banner-background: ${TINT};
  --notice-banner-link-color: ${ACCENT}; --notice-banner-focus-color: ${ACCENT};
  --notice-banner-color: light-dark(#1f1a14, #f6f0fb);
  --notice-banner-font-family: ${SERIF}; --notice-banner-radius: 0;
  --notice-faq-accent: ${ACCENT}; --notice-faq-focus-color: ${ACCENT};
  --notice-faq-border-color: ${LINE}; --notice-faq-font-family: ${SERIF};
  --notice-checklist-accent: ${ACCENT}; --notice-checklist-link-color: ${ACCENT};
  --notice-checklist-focus-color: ${ACCENT}; --notice-checklist-border-color: ${LINE};
  --notice-checklist-font-family: ${SERIF};
  --notice-contact-link-color: ${ACCENT}; --notice-contact-focus-color: ${ACCENT};
  --notice-contact-border-color: ${ACCENT}; --notice-contact-background: ${TINT};
  --notice-contact-font-family: ${SERIF};
  --notice-document-font-family: ${SERIF};
  --notice-document-heading-color: light-dark(#3d1c5a, #ead9f8);
  --notice-document-link-color: ${ACCENT};
  font-family: ${SERIF};
`;

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements’ own words and of the notice',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every language the elements' own words ship in; Arabic and Persian right to left.
        items: LANGUAGES.map(({ lang, name }) => ({ value: lang, title: `${name} (${lang})` })),
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Default colours or a clinic’s brand through the custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'brand', title: 'Clinic brand' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', scheme: 'light', theme: 'default' },
  decorators: [
    (story, { args, globals, viewMode }) => {
      const { lang, dir } =
        LANGUAGES.find((language) => language.lang === globals.locale) ?? LANGUAGES[0]!;
      const dark = globals.scheme === 'dark';
      const style = [
        `color-scheme: ${dark ? 'dark' : 'light'}`,
        `background: ${dark ? '#151816' : '#fbfaf7'}`,
        `color: ${dark ? '#ecefed' : '#1c1f1d'}`,
        'padding: 1rem',
        // On a story's own canvas, the whole of it, not only the story's strip: a dark scheme is
        // dark to the edges (on a docs page each story keeps its own block).
        viewMode === 'story' ? 'min-block-size: 100vh; box-sizing: border-box' : '',
        'font-family: system-ui, sans-serif',
        'line-height: 1.5',
        globals.theme === 'brand' ? BRAND : '',
        // What the designer set in the custom properties' controls.
        customPropertyStyle(args),
      ].join(';');
      return html`<div lang=${lang} dir=${dir} style=${style}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story must pass axe: a violation fails the story's test in CI.
    a11y: { test: 'error' },
    docs: {
      toc: true,
      extractArgTypes: (tagName: string) => argTypesFor(manifest, tagName),
      container: SchemeDocsContainer,
    },
  },
  argTypesEnhancers: [({ argTypes, initialArgs }) => withoutIdleControls(argTypes, initialArgs)],
  tags: ['autodocs'],
};

export default preview;

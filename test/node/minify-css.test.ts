// The build's CSS minifier must shrink the styles without changing what they mean.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssText } from '../../scripts/minify-css.mjs';

describe('minifyCssText', () => {
  it('drops comments and spaces that carry no meaning', () => {
    assert.equal(
      minifyCssText(`
        /* The severity's palette. */
        :host([open]) [part='icon'] {
          transform: rotate(180deg);
          color: light-dark(#0b4f9c, #9cc7ff);
        }
        @media (forced-colors: active) {
          a > b { color: LinkText; }
        }`),
      ":host([open]) [part='icon']{transform: rotate(180deg);color: light-dark(#0b4f9c,#9cc7ff)}@media (forced-colors: active){a>b{color: LinkText}}",
    );
  });

  it('leaves quoted strings exactly as they are', () => {
    assert.equal(
      minifyCssText(`a::after { content: ' (' attr(href) ') ;  {x} '; }`),
      "a::after{content: ' (' attr(href) ') ;  {x} '}",
    );
  });
});

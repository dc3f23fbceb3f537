// A Vite plugin that minifies the CSS inside Lit's css`…` templates at build time: comments go,
// runs of white space become one space, and the spaces around { } ; , > and the last ; of each
// block go. Quoted strings are left as they are. The styles read as written in the source.
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export function minifyCssText(text) {
  // Comments first: an apostrophe in a comment ("the severity's palette") is not a string.
  const parts = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/);
  return parts
    .map((part, index) => {
      if (index % 2) return part; // a quoted string
      return part
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/;}/g, '}');
    })
    .join('')
    .trim();
}

export function minifyCss() {
  return {
    name: 'clinic-notice-minify-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCssText(body)}\``),
        map: null,
      };
    },
  };
}

/**
 * custom-elements.json is generated from the classes' JSDoc (`npm run analyze`).
 * The analyzer also records each `dispatchEvent(new SomeEvent())` as a nameless event; the named
 * `@fires` tag already describes it, so those duplicates are dropped. Reactive state (`state: true`
 * in `static properties`) has no attribute, but the analyzer gives it one from its name: an
 * attribute of a private or protected field is dropped; and the analyzer adds an entry of
 * `static properties` back as a bare field (no type, no words) when its declaration is marked
 * `@internal`: those are dropped too, as are private and protected members (the workings, not the
 * API). Modules are sorted by path:
 * the analyzer lists them in the file system's order, which differs between clones, and CI checks
 * that the committed file is exactly what the analyzer writes.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/**/*.icons.ts',
    'src/**/*.authoring.ts',
    'src/**/*.from-file.ts',
    'src/cdn/**',
    'src/render/**',
    'src/internal/!(notice-source|notice-element).ts',
    'src/model/**',
    'src/cli/**',
    'src/translations/**',
  ],
  litelement: true,
  plugins: [
    {
      name: 'clinic-notice-drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            declaration.members = declaration.members?.filter(
              (member) =>
                (member.kind !== 'field' || member.type || member.description || member.default) &&
                // Lit's own static settings are not this element's API.
                !(member.static && member.name === 'shadowRootOptions'),
            );
            if (declaration.attributes) {
              const hidden = new Set(
                (declaration.members ?? [])
                  .filter(
                    (member) => member.privacy === 'private' || member.privacy === 'protected',
                  )
                  .map((member) => member.name),
              );
              declaration.attributes = declaration.attributes.filter(
                (attribute) => !hidden.has(attribute.fieldName),
              );
            }
            // Private and protected members are the element's workings, not its API: editors,
            // Storybook's Controls and the README's reference show the public ones only.
            declaration.members = declaration.members?.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected',
            );
            if (declaration.events) {
              // Public events are all named notice-…; the rest are the analyzer's guesses from
              // constructor arguments, or internal signals between an item and its group.
              declaration.events = declaration.events.filter((event) =>
                event.name?.startsWith('notice-'),
              );
            }
          }
        }
      },
    },
  ],
};

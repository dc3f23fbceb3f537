/**
 * custom-elements.json is generated from the classes' JSDoc (`npm run analyze`).
 * The analyzer also records each `dispatchEvent(new SomeEvent())` as a nameless event; the named
 * `@fires` tag already describes it, so those duplicates are dropped.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'clinic-notice-drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) => event.name);
            }
          }
        }
      },
    },
  ],
};

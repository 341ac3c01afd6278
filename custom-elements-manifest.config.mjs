// custom-elements.json from the sources' JSDoc: `npm run analyze` writes it, and
// `npm run manifest:check` (run by CI) fails when the committed file is stale.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/locales/**', 'src/bundle.ts'],
  litelement: true,
  // package.json's customElements field is written by hand: the analyzer would point it at
  // whatever --outdir it was given (the freshness check uses a scratch folder).
  packagejson: false,
  plugins: [
    {
      // The manifest documents what users can reach: private members (`#x`, TypeScript's
      // `private`) are left out, so Storybook's controls and editors' hints show the public API.
      // Events are those documented with @fires: the shared `emit(type, detail)` would otherwise
      // add one named after its parameter.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.members) d.members = d.members.filter((m) => m.privacy !== 'private');
            if (d.events) d.events = d.events.filter((e) => e.description);
            if (d.events?.length === 0) delete d.events;
          }
        }
      },
    },
  ],
};

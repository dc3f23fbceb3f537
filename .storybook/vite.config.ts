import { defineConfig } from 'vite';

// Storybook's own Vite settings: none beyond its defaults (see main.ts).
export default defineConfig({});

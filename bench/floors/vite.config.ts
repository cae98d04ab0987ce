// Builds a floor app (FLOOR=login|portal) with the same Vite and React plugin as the web app.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const floor = process.env.FLOOR === 'portal' ? 'portal' : 'login';
export default defineConfig({
  root: fileURLToPath(new URL(`./${floor}`, import.meta.url)),
  plugins: [react()],
  envDir: fileURLToPath(new URL('.', import.meta.url)),
  build: { target: 'es2022', outDir: fileURLToPath(new URL(`../out/floors/${floor}`, import.meta.url)), emptyOutDir: true },
  preview: { host: 'localhost', strictPort: false },
});

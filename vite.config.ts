// The web app's Vite config lives in web/vite.config.ts; this re-export lets tools run from the root.
export { default } from './web/vite.config';

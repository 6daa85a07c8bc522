// SPDX-License-Identifier: Apache-2.0
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The build lands where Maven packages it: the web module's jar serves it from META-INF/resources.
export default defineConfig({
  plugins: [vue()],
  base: '/',
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': process.env.JINGZHUN_API ?? 'http://localhost:8080' },
  },
});

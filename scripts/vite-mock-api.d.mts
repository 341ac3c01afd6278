import type { Plugin } from 'vite';
export function mockApiPlugin(): Plugin;

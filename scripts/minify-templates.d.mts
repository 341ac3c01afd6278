import type { Plugin } from 'vite';
export function minifyTemplates(): Plugin;
export function minifyCss(text: string): string;
export function minifyHtml(text: string): string;
export function minifyTemplateLiterals(code: string): string;

// citation-js ships no type declarations; what Dossier uses of it.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(kind: 'bibliography', options: { format: 'html' | 'text'; template: string; lang: string; asEntryArray: true }): Array<[string, string]>;
    format(kind: 'bibliography' | 'citation', options: { format: 'html' | 'text'; template: string; lang: string; entry?: string[] }): string;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } };
  };
}
declare module '@citation-js/plugin-csl';

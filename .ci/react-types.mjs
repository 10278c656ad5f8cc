// Writes dist/react.d.ts (+ an empty dist/react.js so the import resolves): React 19 JSX types for every element,
// generated from custom-elements.json at build time so they cannot drift from the elements.
// Properties take their types from the element classes themselves (`Pick<SfShop, 'adapter'>`), attributes whose
// names differ from their property take the property's type, and each `sf-*` event in the manifest becomes a typed
// `onsf-*` handler through GlobalEventHandlersEventMap (where every kit event is declared).
import { readFileSync, writeFileSync } from 'node:fs';

export function reactTypes(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const entries = elements.map((d) => {
    const props = (d.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name);
    const attrs = (d.attributes ?? []).filter((a) => a.fieldName && a.name !== a.fieldName && props.includes(a.fieldName));
    const events = [...new Set((d.events ?? []).map((e) => e.name).filter((n) => n?.startsWith('sf-')))];
    const extra = [
      ...attrs.map((a) => `    '${a.name}'?: ${d.name}['${a.fieldName}'];`),
      ...events.map((n) => `    'on${n}'?: (event: GlobalEventHandlersEventMap['${n}']) => void;`),
    ];
    const picked = props.length ? `${props.map((p) => `'${p}'`).join(' | ')}` : 'never';
    return `      '${d.tagName}': ElementProps<${d.name}, ${picked}>${extra.length ? ` & {\n${extra.map((l) => `    ${l}`).join('\n')}\n      }` : ''};`;
  });
  return `// Generated from custom-elements.json by .ci/react-types.mjs. Do not edit.
/**
 * \`storefront-elements/react\`: JSX types for React 19, which sets custom elements' properties and listens to their
 * events natively. Import it once (\`import 'storefront-elements/react'\`) next to \`storefront-elements/define\`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${elements.map((d) => d.name).join(', ')} } from './index.js';

/** React's own props for an element, plus the element's settable properties (optional). */
export type ElementProps<E extends HTMLElement, K extends keyof E> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, K>> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  writeFileSync('dist/react.d.ts', reactTypes(manifest));
  writeFileSync('dist/react.js', '// Types only: see react.d.ts. This module lets `import \'storefront-elements/react\'` resolve.\nexport {};\n');
}

// Analyzer plugins that make custom-elements.json describe what the package ships and what elements really do.
// Used by custom-elements-manifest.config.mjs (the one place the analyzer is configured). Left alone, the analyzer
//   - names an event after the constructor's first argument (`dispatchEvent(new SfCartChangeEvent(cart))` becomes
//     an event `cart`) and leaves documented `@fires` untyped,
//   - reads the guarded `define(tag, element)` wrapper as one registration of a tag called `tag`, and none of ours,
//   - lists private, protected and `#private` members,
//   - drops `@since` and `@status`,
//   - points at src/**/*.ts, which is not in the published package.

import path from 'node:path';

/** Lifecycle callbacks the browser calls; integrators never do, so they are not API. */
const PLATFORM_CALLBACKS = new Set([
  'connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback',
  'formAssociatedCallback', 'formDisabledCallback', 'formResetCallback', 'formStateRestoreCallback',
]);

/** A valid custom element name: lower case, starts with a letter, contains a hyphen. */
const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** `src/elements/x.ts` -> `dist/elements/x.js` (and `.d.ts` with `types`); anything else unchanged. */
export function distPath(file, types = false) {
  const match = /^src\/(.+)\.ts$/.exec(file);
  return match ? `dist/${match[1]}${types ? '.d.ts' : '.js'}` : file;
}

/** `@fires [{Type}] name [- description]` */
function parseFires(text) {
  const match = /^(?:\{([^}]+)\}\s*)?(\S+)(?:\s+-\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, type, name, description] = match;
  return { name, type, description: description?.replace(/\s+/g, ' ').trim() };
}

/** Tags of a node's JSDoc, as `{ tag, text }`. */
function jsDocTags(ts, node) {
  return ts.getJSDocTags(node).map((t) => ({ tag: t.tagName.text, text: ts.getTextOfJSDocComment(t.comment) ?? '' }));
}

function isInternal(ts, node) {
  return jsDocTags(ts, node).some((t) => t.tag === 'internal');
}

/** Repository path of a relative import from `fromFile` (`./x.js` -> `src/.../x.ts`). */
function resolveImport(fromFile, specifier) {
  return path.posix.join(path.posix.dirname(fromFile), specifier).replace(/\.js$/, '.ts');
}

export function storefrontPlugins() {
  /** Event name -> { className, module } for every `Event` subclass with `static readonly eventName = '...'`. */
  const eventClasses = new Map();
  /** Class name -> module, for the same classes. */
  const eventClassModules = new Map();
  /** `${module}#${className}` -> what the class's own source says about it. */
  const classFacts = new Map();
  /** `${module}#${memberName}` of members marked `@internal`, per class. */
  const internalMembers = new Set();

  const typeOfEvent = (name, documentedType) => {
    const known = eventClasses.get(name);
    if (known) return { text: known.className, references: [{ name: known.className, module: known.module }] };
    if (documentedType && eventClassModules.has(documentedType)) {
      return { text: documentedType, references: [{ name: documentedType, module: eventClassModules.get(documentedType) }] };
    }
    return { text: documentedType ?? 'Event' };
  };

  return [
    {
      name: 'storefront: event classes',
      collectPhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          const isStatic = ts.getModifiers?.(member)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          if (
            isStatic && ts.isPropertyDeclaration(member) && member.name.getText() === 'eventName' &&
            member.initializer && ts.isStringLiteralLike(member.initializer)
          ) {
            const module = node.getSourceFile().fileName;
            eventClasses.set(member.initializer.text, { className: node.name.text, module });
            eventClassModules.set(node.name.text, module);
          }
        }
      },
    },
    {
      name: 'storefront: class facts and registrations',
      analyzePhase({ ts, node, moduleDoc }) {
        const file = node.getSourceFile?.()?.fileName ?? moduleDoc.path;

        if (ts.isClassDeclaration(node) && node.name) {
          const tags = jsDocTags(ts, node);
          const one = (tag) => tags.find((t) => t.tag === tag)?.text.trim() || undefined;
          const fires = tags.filter((t) => t.tag === 'fires' || t.tag === 'event').map((t) => parseFires(t.text)).filter(Boolean);
          // Events the class itself constructs: an instance of a known event class, or a native Event/CustomEvent
          // with a literal name handed straight to dispatchEvent.
          const dispatched = new Set();
          const visit = (n) => {
            if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
              const className = n.expression.text;
              const known = [...eventClasses].find(([, c]) => c.className === className);
              if (known) dispatched.add(known[0]);
              const first = n.arguments?.[0];
              const inDispatch = ts.isCallExpression(n.parent) && ts.isPropertyAccessExpression(n.parent.expression) &&
                n.parent.expression.name.text === 'dispatchEvent';
              if ((className === 'Event' || className === 'CustomEvent') && inDispatch && first && ts.isStringLiteralLike(first)) {
                dispatched.add(first.text);
              }
            }
            ts.forEachChild(n, visit);
          };
          visit(node);
          // Members the class declares itself, with their privacy: the analyzer gives an override the privacy of
          // the member it overrides (a public `override telemetry` of a protected one stays protected).
          const ownMembers = new Map();
          for (const member of node.members) {
            if (!member.name) continue;
            if (isInternal(ts, member)) internalMembers.add(`${file}#${node.name.text}#${member.name.getText()}`);
            const modifiers = ts.getModifiers?.(member) ?? [];
            const privacy = ts.isPrivateIdentifier(member.name) || modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)
              ? 'private'
              : modifiers.some((m) => m.kind === ts.SyntaxKind.ProtectedKeyword) ? 'protected' : 'public';
            ownMembers.set(member.name.getText(), privacy);
          }
          classFacts.set(`${file}#${node.name.text}`, { since: one('since'), status: one('status'), fires, dispatched, ownMembers });
        }

        // define('sf-x', SfX) from src/elements/base/define.js: the kit's one way to register a tag.
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'define') {
          const [tag, klass] = node.arguments;
          if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass)) return;
          const source = node.getSourceFile();
          const importOf = (name) => source.statements.find(
            (s) => ts.isImportDeclaration(s) &&
              s.importClause?.namedBindings && ts.isNamedImports(s.importClause.namedBindings) &&
              s.importClause.namedBindings.elements.some((e) => e.name.text === name),
          );
          const defineImport = importOf('define');
          if (!defineImport || !/\/base\/define\.js$/.test(defineImport.moduleSpecifier.text)) return;
          const classImport = importOf(klass.text);
          const module = classImport ? resolveImport(file, classImport.moduleSpecifier.text) : file;
          moduleDoc.exports = [
            ...(moduleDoc.exports ?? []),
            { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
          ];
        }
      },
    },
    {
      name: 'storefront: the public truth',
      packageLinkPhase({ customElementsManifest: manifest }) {
        const classes = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin').map((d) => [m, d]));
        const classNames = new Set(classes.map(([, d]) => d.name));

        for (const [module, declaration] of classes) {
          const facts = classFacts.get(`${module.path}#${declaration.name}`);

          for (const member of declaration.members ?? []) {
            const own = facts?.ownMembers.get(member.name);
            if (!own || !member.inheritedFrom) continue;
            delete member.inheritedFrom;
            if (own === 'public') delete member.privacy;
            else member.privacy = own;
          }

          // Public API only.
          // Symbol-keyed hooks (the form-association mixin's `[getFormValue]`) are never API.
          declaration.members = (declaration.members ?? []).filter((m) =>
            typeof m.name === 'string' && !m.name.startsWith('[') && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') &&
            !PLATFORM_CALLBACKS.has(m.name) &&
            !internalMembers.has(`${m.inheritedFrom?.module ?? module.path}#${m.inheritedFrom?.name ?? declaration.name}#${m.name}`));
          const publicFields = new Set(declaration.members.map((m) => m.name));
          for (const attribute of declaration.attributes ?? []) {
            // The attribute is real (it is observed); the field behind it may not be API.
            if (attribute.fieldName && !publicFields.has(attribute.fieldName)) delete attribute.fieldName;
          }

          if (facts) {
            // Events: what the JSDoc documents (with its description) plus what the class constructs itself, each
            // under the name it is fired with and typed by its event class. Inherited ones stay if real.
            const events = facts.fires.map((f) => ({
              name: f.name,
              ...(f.description ? { description: f.description } : {}),
              type: typeOfEvent(f.name, f.type),
            }));
            for (const name of facts.dispatched) {
              if (!events.some((e) => e.name === name)) events.push({ name, type: typeOfEvent(name) });
            }
            const inherited = (declaration.events ?? []).filter((e) => {
              if (!e.inheritedFrom || !e.name || events.some((o) => o.name === e.name)) return false;
              const parent = classFacts.get(`${e.inheritedFrom.module}#${e.inheritedFrom.name}`);
              return !!parent && (parent.dispatched.has(e.name) || parent.fires.some((f) => f.name === e.name));
            });
            declaration.events = [...events, ...inherited];
            if (facts.since) declaration.since = facts.since;
            if (facts.status) declaration.status = facts.status;
          }
          for (const key of ['members', 'events', 'attributes', 'slots', 'cssParts', 'cssProperties', 'cssStates']) {
            if (Array.isArray(declaration[key]) && declaration[key].length === 0) delete declaration[key];
          }
        }

        // Registrations: only real tags of classes the manifest describes (the wrapper's `tag` is neither).
        for (const module of manifest.modules) {
          module.exports = (module.exports ?? []).filter((e) =>
            e.kind !== 'custom-element-definition' || (TAG.test(e.name) && classNames.has(e.declaration?.name)));
        }
        // A module that only re-exports (src/elements/events/index.ts) is folded away by the build
        // (preserveModules keeps no file for it), so it is not in dist/ to describe; nor is a module with nothing.
        const reexportsOnly = (m) => !m.declarations?.length &&
          (m.exports ?? []).every((e) => e.kind === 'js' && e.declaration?.module && e.declaration.module !== m.path);
        manifest.modules = manifest.modules.filter((m) => !reexportsOnly(m));

        // Paths into the published package.
        for (const module of manifest.modules) {
          const source = module.path;
          const fix = (value) => {
            if (typeof value !== 'string') return value;
            let file = value;
            if (file.startsWith('/src/')) file = file.slice(1);
            else if (file.startsWith('./') || file.startsWith('../')) file = resolveImport(source, file);
            return distPath(file.replace(/\.js$/, '.ts'));
          };
          const walk = (node) => {
            if (Array.isArray(node)) return node.forEach(walk);
            if (!node || typeof node !== 'object') return;
            for (const [key, value] of Object.entries(node)) {
              if (key === 'module' && typeof value === 'string' && !node.package) node.module = fix(value);
              else walk(value);
            }
          };
          walk(module.declarations);
          walk(module.exports);
          module.path = distPath(source);
          module.typeDefinitionPath = distPath(source, true);
        }
      },
    },
  ];
}

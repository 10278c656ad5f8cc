// custom-elements.json (what Storybook, editors and JSX type generators read) compared with the elements as they run:
// the tags src/define/index.ts registers, each element's observed attributes, its properties and methods on a real
// instance, and the events it can fire. The manifest is fetched from the test server (the package root), where the
// build (or test/web-test-runner.config.mjs, when it is missing or stale) wrote it.
import { expect } from '@open-wc/testing';
import * as eventModule from '../../src/elements/events/index.js';

interface Member {
  kind: 'field' | 'method';
  name: string;
  static?: boolean;
  privacy?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name?: string; type?: { text: string } }[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}
type ElementClass = CustomElementConstructor & {
  observedAttributes: string[];
  elementProperties: Map<PropertyKey, { state?: boolean }>;
};

/** Native events an element may fire under their own names (native names where the meaning is native). */
const NATIVE = new Set(['input', 'change']);
/** eventName -> class, for every event class the kit exports. */
const EVENTS = new Map<string, { name: string }>(
  Object.values(eventModule).flatMap((c) => ('eventName' in c ? [[c.eventName, c] as const] : [])),
);

let manifest: Manifest;
/** Tag -> class, as src/define/index.ts registers them. */
const registered = new Map<string, ElementClass>();

const elementOf = (tag: string): Declaration => {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
};

before(async () => {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json is served from the package root').to.equal(true);
  manifest = (await response.json()) as Manifest;
  // Watch the registry while the define modules run, so the list of tags is the one integrators get.
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, options) => {
    registered.set(name, ctor as ElementClass);
    define(name, ctor, options);
  };
  try {
    await import('../../src/define/index.js');
  } finally {
    delete (customElements as Partial<CustomElementRegistry>).define;
  }
});

describe('custom-elements.json against the running elements', () => {
  it('describes exactly the tags src/define/index.ts registers, each with its class and one definition', () => {
    expect(registered.size).to.be.greaterThan(10);
    const described = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
    expect([...described].sort()).to.deep.equal([...registered.keys()].sort());
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    expect(definitions.map((d) => d.name).sort()).to.deep.equal([...registered.keys()].sort());
    for (const [tag, ctor] of registered) {
      expect(elementOf(tag).name, tag).to.equal(ctor.name);
      expect(definitions.find((d) => d.name === tag)?.declaration.name, tag).to.equal(ctor.name);
      expect(customElements.get(tag), tag).to.equal(ctor);
    }
  });

  it('lists exactly the attributes each element observes', () => {
    for (const [tag, ctor] of registered) {
      const documented = (elementOf(tag).attributes ?? []).map((a) => a.name).sort();
      expect(documented, `${tag} attributes`).to.deep.equal([...ctor.observedAttributes].sort());
    }
  });

  it('lists public properties and methods that exist on an instance, and every public reactive property', () => {
    for (const [tag, ctor] of registered) {
      const element = document.createElement(tag) as HTMLElement & Record<string, unknown>;
      const members = elementOf(tag).members ?? [];
      for (const member of members) {
        const owner: object = member.static ? ctor : element;
        expect(member.name in owner, `${tag}${member.static ? ' (static)' : ''} has ${member.name}`).to.equal(true);
        if (member.kind === 'method') expect(typeof (owner as Record<string, unknown>)[member.name], `${tag}.${member.name}()`).to.equal('function');
      }
      const names = new Set(members.map((m) => m.name));
      const missing = [...ctor.elementProperties]
        .filter(([key, options]) => !options.state && typeof key === 'string' && !names.has(key))
        .map(([key]) => key);
      expect(missing, `${tag}: reactive properties missing from the manifest`).to.deep.equal([]);
    }
  });

  it('names each event as it is fired: an event class of the kit, or a native event', () => {
    for (const [tag] of registered) {
      for (const event of elementOf(tag).events ?? []) {
        expect(event.name, `${tag} has an event without a name`).to.be.a('string');
        const eventClass = EVENTS.get(event.name!);
        if (eventClass) expect(event.type?.text, `${tag} ${event.name}`).to.equal(eventClass.name);
        else {
          expect(NATIVE.has(event.name!), `${tag} fires "${event.name}", which no event class of the kit is called`).to.equal(true);
          expect(event.type?.text, `${tag} ${event.name}`).to.equal('Event');
        }
      }
    }
  });

  it('shows no private, protected or #private member', () => {
    for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
      for (const member of declaration.members ?? []) {
        expect(member.name.startsWith('#'), `${declaration.name}.${member.name}`).to.equal(false);
        expect(['private', 'protected'], `${declaration.name}.${member.name}`).not.to.include(member.privacy);
      }
    }
  });
});

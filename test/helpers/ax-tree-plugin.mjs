// A web-test-runner command for tests that check the accessibility tree itself (what a screen reader is given),
// not the DOM: `executeServerCommand('ax-tree')` answers Chromium's full accessibility tree (CDP
// Accessibility.getFullAXTree) as [{ role, name }] of the nodes not ignored (in the order CDP gives them, not document order).
export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
      } finally {
        await cdp.detach();
      }
    },
  };
}

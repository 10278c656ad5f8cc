// Imported first by every bench page: when the page's own script starts running (before the kit evaluates).
// An export the page reads, so that bundlers keep the module (the package marks only src/define as side effects).
export const scriptStart = performance.now();

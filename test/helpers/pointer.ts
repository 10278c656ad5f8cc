import { sendMouse } from '@web/test-runner-commands';

/** A real mouse click (the browser's own input, through the test runner) at the middle of `target` as laid out now. */
export async function click(target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}
